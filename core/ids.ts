// Record ids are UUIDv7, made on the device: unique without a server, and time-ordered so
// IndexedDB and PostgreSQL keep new rows together.
import { v7 } from 'uuid';

export function newId(): string {
  return v7();
}
