/** Starts a document job: in-process locally, an async Lambda invoke of document-worker in AWS. */
export interface JobDispatcher {
  dispatch(documentId: string): Promise<void>;
}
