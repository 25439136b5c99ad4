// Reads an API report's code into a flat table of API items, so that two reports can be compared
// item by item: every exported name, and inside it every member (properties, methods, nested object
// types), each keyed by a path such as `components.schemas.Conversation.tags` or
// `paths["/conversations"].get`. The TypeScript parser does the reading; texts are printed without
// comments and with whitespace collapsed, so formatting never counts as a change.
import ts from 'typescript';
import { reportCode } from './normalize.ts';

export type ItemKind =
  | 'type'
  | 'interface'
  | 'class'
  | 'function'
  | 'variable'
  | 'enum'
  | 'namespace'
  | 're-export'
  | 'property'
  | 'method'
  | 'constructor'
  | 'accessor'
  | 'signature'
  | 'enum-member';

export type Signature = {
  typeParameters: string;
  parameters: { text: string; optional: boolean }[];
  returns: string;
};

export type ApiItem = {
  path: string;
  /** The item that holds this one (undefined for an exported name). */
  parent: string | undefined;
  kind: ItemKind;
  /** The declaration without its members: a nested object type reads `{…}`. Overloads are one line each. */
  text: string;
  /** Properties and index signatures: the `?`, the `readonly`, and the type's parts. */
  optional?: boolean;
  readonly?: boolean;
  /** The members of a union type (one, the type's text, when it is no union). */
  union?: string[];
  /** The elements of a tuple type (`readonly [a, b]`). */
  tuple?: string[];
  /** Functions, methods, constructors and call signatures: each overload. */
  signatures?: Signature[];
};

export type ApiModel = Map<string, ApiItem>;

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const HOLE = '{…}';

export class ApiReportParseError extends Error {}

/** The API items of a report (the text of a `.api.md` file). */
export function readApiModel(report: string, label: string): ApiModel {
  const code = reportCode(report);
  if (code === undefined) throw new ApiReportParseError(`${label} is not an API report: it has no \`\`\`ts block`);
  const file = ts.createSourceFile(label, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const model: ApiModel = new Map();
  new ModelBuilder(file, model).statements(file.statements, undefined);
  return model;
}

/** `parent` + `name`: `a.b` for an identifier, `a["x-y"]` otherwise, `a[k: string]` for index signatures. */
export function memberPath(parent: string | undefined, name: string): string {
  if (parent === undefined) return name;
  if (name.startsWith('[') || name === '()') return `${parent}${name}`;
  return IDENTIFIER.test(name) || name === 'new()' ? `${parent}.${name}` : `${parent}[${JSON.stringify(name)}]`;
}

/** One line of TypeScript for a node: printed without comments, whitespace collapsed. */
export function printed(node: ts.Node, file: ts.SourceFile): string {
  return printer.printNode(ts.EmitHint.Unspecified, node, file).replace(/\s+/g, ' ').replace(/;\s*}/g, ' }').trim();
}

class ModelBuilder {
  /** Names imported from other packages: a re-export says where from. */
  private readonly imported = new Map<string, string>();

  constructor(
    private readonly file: ts.SourceFile,
    private readonly model: ApiModel,
  ) {}

  statements(statements: readonly ts.Statement[], parent: string | undefined): void {
    for (const statement of statements) {
      if (ts.isImportDeclaration(statement)) this.noteImport(statement);
    }
    for (const statement of statements) this.statement(statement, parent);
  }

  private print(node: ts.Node): string {
    return printed(node, this.file);
  }

  private add(item: ApiItem): void {
    const existing = this.model.get(item.path);
    // Overloads, and a getter with its setter, share a path: one item, one line per declaration.
    if (existing !== undefined && existing.kind === item.kind) {
      existing.text = [existing.text, item.text].sort().join('\n');
      existing.signatures = [...(existing.signatures ?? []), ...(item.signatures ?? [])];
      return;
    }
    this.model.set(item.path, item);
  }

  private noteImport(statement: ts.ImportDeclaration): void {
    const from = (statement.moduleSpecifier as ts.StringLiteral).text;
    const bindings = statement.importClause?.namedBindings;
    if (statement.importClause?.name) this.imported.set(statement.importClause.name.text, from);
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) this.imported.set(element.name.text, from);
    if (bindings && ts.isNamespaceImport(bindings)) this.imported.set(bindings.name.text, from);
  }

  private statement(statement: ts.Statement, parent: string | undefined): void {
    if (ts.isTypeAliasDeclaration(statement)) {
      const path = memberPath(parent, statement.name.text);
      const head = `type ${statement.name.text}${this.typeParameters(statement.typeParameters)} = `;
      this.typeWithMembers(path, parent, 'type', head, statement.type);
    } else if (ts.isInterfaceDeclaration(statement)) {
      const path = memberPath(parent, statement.name.text);
      this.add({ path, parent, kind: 'interface', text: `interface ${statement.name.text}${this.typeParameters(statement.typeParameters)}${this.heritage(statement.heritageClauses)} ${HOLE}` });
      this.members(statement.members, path);
    } else if (ts.isClassDeclaration(statement) && statement.name) {
      const path = memberPath(parent, statement.name.text);
      const abstract = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AbstractKeyword) ? 'abstract ' : '';
      this.add({ path, parent, kind: 'class', text: `${abstract}class ${statement.name.text}${this.typeParameters(statement.typeParameters)}${this.heritage(statement.heritageClauses)} ${HOLE}` });
      this.members(statement.members, path);
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      const path = memberPath(parent, statement.name.text);
      this.add({ path, parent, kind: 'function', text: `function ${statement.name.text}${this.signature(statement)}`, signatures: [this.signatureParts(statement)] });
    } else if (ts.isVariableStatement(statement)) {
      const keyword = statement.declarationList.flags & ts.NodeFlags.Const ? 'const' : 'let';
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        const path = memberPath(parent, declaration.name.text);
        const head = `${keyword} ${declaration.name.text}`;
        if (declaration.type) this.typeWithMembers(path, parent, 'variable', `${head}: `, declaration.type);
        else this.add({ path, parent, kind: 'variable', text: `${head}${declaration.initializer ? ` = ${this.print(declaration.initializer)}` : ''}` });
      }
    } else if (ts.isEnumDeclaration(statement)) {
      const path = memberPath(parent, statement.name.text);
      this.add({ path, parent, kind: 'enum', text: `enum ${statement.name.text} ${HOLE}` });
      for (const member of statement.members) {
        const name = this.propertyName(member.name);
        this.add({ path: memberPath(path, name), parent: path, kind: 'enum-member', text: member.initializer ? `${name} = ${this.print(member.initializer)}` : name });
      }
    } else if (ts.isModuleDeclaration(statement) && statement.body && ts.isModuleBlock(statement.body)) {
      const path = memberPath(parent, statement.name.text);
      this.add({ path, parent, kind: 'namespace', text: `namespace ${statement.name.text} ${HOLE}` });
      this.statements(statement.body.statements, path);
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      const from = statement.moduleSpecifier ? (statement.moduleSpecifier as ts.StringLiteral).text : undefined;
      for (const element of statement.exportClause.elements) {
        const local = (element.propertyName ?? element.name).text;
        const source = from ?? this.imported.get(local);
        const path = memberPath(parent, element.name.text);
        this.add({ path, parent, kind: 're-export', text: `export { ${local === element.name.text ? local : `${local} as ${element.name.text}`} }${source ? ` from ${JSON.stringify(source)}` : ''}` });
      }
    }
  }

  /** Members of an interface, a class or an object type. */
  private members(members: readonly (ts.TypeElement | ts.ClassElement)[], parent: string): void {
    for (const member of members) {
      if (this.isPrivate(member)) continue;
      if (ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) {
        const name = this.propertyName(member.name);
        const path = memberPath(parent, name);
        const shown = IDENTIFIER.test(name) || name.startsWith('[') ? name : JSON.stringify(name);
        const optional = member.questionToken !== undefined;
        const readonly = this.hasModifier(member, ts.SyntaxKind.ReadonlyKeyword);
        const statics = this.hasModifier(member, ts.SyntaxKind.StaticKeyword) ? 'static ' : '';
        const head = `${statics}${readonly ? 'readonly ' : ''}${shown}${optional ? '?' : ''}: `;
        if (member.type) this.typeWithMembers(path, parent, 'property', head, member.type, { optional, readonly });
        else this.add({ path, parent, kind: 'property', text: `${head}any`, optional, readonly });
      } else if (ts.isMethodSignature(member) || ts.isMethodDeclaration(member)) {
        const name = this.propertyName(member.name);
        const optional = member.questionToken !== undefined ? '?' : '';
        this.add({ path: memberPath(parent, name), parent, kind: 'method', text: `${name}${optional}${this.signature(member)}`, signatures: [this.signatureParts(member)] });
      } else if (ts.isConstructorDeclaration(member)) {
        this.add({ path: memberPath(parent, 'constructor'), parent, kind: 'constructor', text: `constructor${this.signature(member)}`, signatures: [this.signatureParts(member)] });
      } else if (ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member)) {
        const name = this.propertyName(member.name);
        const keyword = ts.isGetAccessorDeclaration(member) ? 'get' : 'set';
        this.add({ path: memberPath(parent, name), parent, kind: 'accessor', text: `${keyword} ${name}${this.signature(member)}` });
      } else if (ts.isIndexSignatureDeclaration(member)) {
        const key = member.parameters.map((parameter) => this.print(parameter)).join(', ');
        const readonly = this.hasModifier(member, ts.SyntaxKind.ReadonlyKeyword);
        this.typeWithMembers(memberPath(parent, `[${key}]`), parent, 'signature', `${readonly ? 'readonly ' : ''}[${key}]: `, member.type, { optional: false, readonly });
      } else if (ts.isCallSignatureDeclaration(member) || ts.isConstructSignatureDeclaration(member)) {
        const name = ts.isCallSignatureDeclaration(member) ? '()' : 'new()';
        this.add({ path: memberPath(parent, name), parent, kind: 'signature', text: `${name === '()' ? '' : 'new '}${this.signature(member)}`, signatures: [this.signatureParts(member)] });
      }
    }
  }

  /**
   * An item whose type may hold an object type: `{ a: string }` or `X & { a: string }` (exactly one
   * object part) become `{…}` in the item's text, and the object's members become items of their own.
   */
  private typeWithMembers(path: string, parent: string | undefined, kind: ItemKind, head: string, type: ts.TypeNode, flags: { optional?: boolean; readonly?: boolean } = {}): void {
    const inner = unparenthesized(type);
    const parts = ts.isIntersectionTypeNode(inner) ? inner.types.map(unparenthesized) : [inner];
    const literals = parts.filter(ts.isTypeLiteralNode);
    const literal = literals.length === 1 ? literals[0] : undefined;
    const text = literal === undefined ? this.print(type) : parts.map((part) => (part === literal ? HOLE : this.print(part))).join(' & ');
    const tuple = tupleOf(inner);
    this.add({
      path,
      parent,
      kind,
      text: `${head}${text}`,
      ...flags,
      union: literal === undefined && ts.isUnionTypeNode(inner) ? inner.types.map((member) => this.print(member)) : [text],
      ...(tuple ? { tuple: tuple.elements.map((element) => this.print(element)) } : {}),
    });
    if (literal !== undefined) this.members(literal.members, path);
  }

  private signature(node: ts.SignatureDeclarationBase): string {
    const parameters = node.parameters.map((parameter) => this.print(parameter)).join(', ');
    return `${this.typeParameters(node.typeParameters)}(${parameters})${node.type ? `: ${this.print(node.type)}` : ''}`;
  }

  private signatureParts(node: ts.SignatureDeclarationBase): Signature {
    return {
      typeParameters: this.typeParameters(node.typeParameters),
      parameters: node.parameters.map((parameter) => ({ text: this.print(parameter), optional: parameter.questionToken !== undefined || parameter.initializer !== undefined || parameter.dotDotDotToken !== undefined })),
      returns: node.type ? this.print(node.type) : '',
    };
  }

  private typeParameters(parameters: ts.NodeArray<ts.TypeParameterDeclaration> | undefined): string {
    return parameters && parameters.length > 0 ? `<${parameters.map((parameter) => this.print(parameter)).join(', ')}>` : '';
  }

  private heritage(clauses: ts.NodeArray<ts.HeritageClause> | undefined): string {
    return (clauses ?? []).map((clause) => ` ${this.print(clause)}`).join('');
  }

  private propertyName(name: ts.PropertyName): string {
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
    return `[${this.print(ts.isComputedPropertyName(name) ? name.expression : name)}]`;
  }

  private hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
    return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false);
  }

  private isPrivate(member: ts.Node): boolean {
    const name = (member as { name?: ts.Node }).name;
    return (name !== undefined && ts.isPrivateIdentifier(name)) || this.hasModifier(member, ts.SyntaxKind.PrivateKeyword);
  }
}

/** The tuple of `[a, b]` or `readonly [a, b]`. */
function tupleOf(type: ts.TypeNode): ts.TupleTypeNode | undefined {
  const inner = ts.isTypeOperatorNode(type) && type.operator === ts.SyntaxKind.ReadonlyKeyword ? unparenthesized(type.type) : type;
  return ts.isTupleTypeNode(inner) ? inner : undefined;
}

export function unparenthesized(type: ts.TypeNode): ts.TypeNode {
  let node = type;
  while (ts.isParenthesizedTypeNode(node)) node = node.type;
  return node;
}
