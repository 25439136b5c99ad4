// Defaults from the environment (`COMETCHAT_API_KEY`, ...), where there is one: Node, Bun, Deno
// with --allow-env. Elsewhere (a browser, Deno without the permission) there are none.

/** The value of the variable `name`, or undefined when it is unset, empty or cannot be read. */
export function environment(name: string): string | undefined {
  try {
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;
  } catch {
    return undefined; // Deno throws without --allow-env
  }
}
