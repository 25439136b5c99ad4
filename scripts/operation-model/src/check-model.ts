// What this project's own spec must say beyond what the model can do without: every operation
// named, retry safety and result declared, pagination consistent with the result. The pipeline
// refuses to bundle a spec with any of these problems; other documents (CometChat's file, an old
// revision) are read as they are.
import type { OperationModel } from '@cometchat-rest/spec';

export function completenessProblems(model: OperationModel): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const operation of model.operations) {
    const name = `${operation.method} ${operation.path}`;
    const id = operation.operationId;
    if (id === null) problems.push(`${name}: operationId is missing`);
    else if (seen.has(id)) problems.push(`${name}: operationId ${JSON.stringify(id)} is used twice`);
    else seen.add(id);
    if (operation.retrySafe === null) problems.push(`${name}: x-retry-safe (true or false) is missing`);
    if (operation.result === null) problems.push(`${name}: x-result is missing`);
    const paged = operation.result?.kind === 'page';
    if (paged !== (operation.pagination !== null)) problems.push(`${name}: x-result.kind page and x-pagination go together`);
    for (const parameter of operation.pagination ? [operation.pagination.pageParameter, operation.pagination.sizeParameter] : []) {
      if (!operation.parameters.some((p) => p.in === 'query' && p.name === parameter)) problems.push(`${name}: x-pagination names the query parameter ${JSON.stringify(parameter)}, which the operation does not have`);
    }
  }
  return problems;
}
