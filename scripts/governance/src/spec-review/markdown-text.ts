// Prose from the spec and the docs pages (docs-check findings) in a pull request comment: on one line,
// with every character that Markdown or GitHub gives a meaning here (emphasis, code, links, HTML,
// tables, entities, @mentions, #references) written as an HTML entity, so that it shows as typed and
// does nothing.
const SPECIAL = /[\\`*_[\]<>#!|~@&]/g;

export function plainText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .trim()
    .replace(SPECIAL, (ch) => `&#${ch.charCodeAt(0)};`);
}
