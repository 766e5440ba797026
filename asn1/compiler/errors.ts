/** A problem found while compiling ASN.1 modules: names the file, module, type and line. */
export interface CompileErrorWhere {
  file?: string;
  module?: string;
  type?: string;
  line?: number;
}

export class CompileError extends Error {
  readonly where: CompileErrorWhere;
  constructor(message: string, where: CompileErrorWhere = {}) {
    const parts: string[] = [];
    if (where.file !== undefined) parts.push(where.line !== undefined ? `${where.file}:${where.line}` : where.file);
    if (where.module !== undefined) parts.push(`module ${where.module}`);
    if (where.type !== undefined) parts.push(`type ${where.type}`);
    super(parts.length ? `${parts.join(', ')}: ${message}` : message);
    this.name = 'CompileError';
    this.where = where;
  }
}
