import { KIND_NAME } from '../kind-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const SERVICE: ContentRecord = {
  name: KIND_NAME.service,
  line: 'A service is an application server that does one job: a monolith, a microservice or a queue consumer.',
  body: 'Each of its workers serves one request at a time, and requests that find every worker busy wait in line. When requests arrive faster than the workers can finish them, the line grows until its waiting places are full and new requests are turned away (503). Adding workers or making each request faster shortens the line.',
};
