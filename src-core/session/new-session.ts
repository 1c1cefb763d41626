import { toSession } from './convert';
import { newSessionFile } from './defaults';
import type { Session } from './session';

/** The session File → New opens. */
export function createNewSession(): Session {
  return toSession(newSessionFile());
}
