// Reads what `openapi-generator-cli validate` prints: an "Errors:" and a "Warnings:" section, each a
// list of "\t- <text>" lines, or "No validation issues detected.".
export interface ValidateFindings {
  errors: string[];
  warnings: string[];
  /** True when the generator said outright that it found nothing. */
  clean: boolean;
}

export function parseValidateOutput(output: string): ValidateFindings {
  const findings: ValidateFindings = { errors: [], warnings: [], clean: /No validation issues detected\./.test(output) };
  let section: string[] | undefined;
  for (const line of output.split(/\r?\n/)) {
    if (/^Errors:\s*$/.test(line)) section = findings.errors;
    else if (/^Warnings:\s*$/.test(line)) section = findings.warnings;
    else if (section && /^\s+- /.test(line)) section.push(line.replace(/^\s+- /, '').trim());
    else if (line.trim() === '' || line.startsWith('[')) section = undefined;
  }
  return findings;
}
