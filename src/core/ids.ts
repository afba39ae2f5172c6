/** Ids made on the device: UUIDv7, so they sort by creation time and never collide between phones. */
import { v7 } from 'uuid';

export const newId = (): string => v7();
