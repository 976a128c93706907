/**
 * @module backend/documents — proposals (PDF, Word) and exports (CSV, JSON) from a saved
 * estimation. The document worker calls `generateDocument`; everything else is exported for tests
 * and for other renderers that want the same formatted numbers.
 */
export {
  generateDocument,
  documentFileName,
  CONTENT_TYPES,
  type GeneratedDocument,
} from './generate-document';
export { buildProposalModel, type DocumentOptions, type ProposalModel } from './proposal-model';
export { createFormatter, type Formatter } from './number-format';
export { DocumentInputError, UnsupportedDocumentFormatError } from './document-errors';
export type { LogoImage } from './branding';
