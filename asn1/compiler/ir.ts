/** The intermediate form: defined with the runtime, which reads it too (JER, tests). */
export type { IrAddition, IrAlt, IrEdition, IrField, IrNamedType, IrOpenEntry, IrSize, IrType } from '../runtime/schema.js';
