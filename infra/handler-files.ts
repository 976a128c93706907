import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { handlerEntry } from './config/function-specs';
import type { AppFunctionName } from './config/function-specs';

/** Repository root: infra/ lives directly under it. */
export const REPO_ROOT = path.resolve(__dirname, '..');

/** Absolute path of a function's handler file (`backend/handlers/<fn>.ts`). */
export function handlerPath(name: AppFunctionName, root: string = REPO_ROOT): string {
  return path.join(root, handlerEntry(name));
}

/** Whether the handler file has landed yet; other engineers write them in parallel. */
export function handlerExists(name: AppFunctionName, root: string = REPO_ROOT): boolean {
  return existsSync(handlerPath(name, root));
}
