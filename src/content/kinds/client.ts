import { KIND_NAME } from '../kind-names.ts';
import type { ContentRecord } from '../content-record.ts';

export const CLIENT: ContentRecord = {
  name: KIND_NAME.client,
  line: 'A client is a web browser or a mobile app that sends requests into the system: its rate sets how hard everything behind it works.',
  body: 'Clients are where the traffic comes from. Each dot on the diagram is one of their requests: web requests are orange squares, mobile ones blue circles. Some users send bad credentials or malformed requests, for the gateway to catch.',
};
