// The packages whose public TypeScript API is kept as a committed report (`<folder>/<name>.api.md`),
// and how a report is found for a package given by its short name (`client`) or its full name.
import { posix } from 'node:path';

export type ReportedPackage = {
  /** The npm name, e.g. `@cometchat-rest/client`. */
  name: string;
  /** The package folder, relative to the repository's top. */
  folder: string;
  /** The committed report, relative to the repository's top. */
  report: string;
};

function reported(short: string): ReportedPackage {
  const folder = posix.join('packages', short);
  return { name: `@cometchat-rest/${short}`, folder, report: posix.join(folder, `${short}.api.md`) };
}

export const REPORTED_PACKAGES: readonly ReportedPackage[] = [reported('models'), reported('client')];

export class ApiReportInputError extends Error {}

/** The reported package `short` or `name` names; throws ApiReportInputError listing the known ones. */
export function reportedPackage(nameOrShort: string): ReportedPackage {
  const found = REPORTED_PACKAGES.find((pkg) => pkg.name === nameOrShort || posix.basename(pkg.folder) === nameOrShort);
  if (found === undefined) {
    throw new ApiReportInputError(`no API report is kept for ${JSON.stringify(nameOrShort)}; known: ${REPORTED_PACKAGES.map((pkg) => pkg.name).join(', ')}`);
  }
  return found;
}
