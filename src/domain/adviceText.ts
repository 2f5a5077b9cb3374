// The conditions the advice adds to its alternatives itself (advise.ts: the other reading of who the person is, the
// device variants; products.ts: a provider running another company's business); their German is adviceText.de.ts.
export const ADVICE_TEXT = {
  'if-internal': 'if counted as an internal user',
  'if-external': 'if counted as an external user',
  'if-public': 'if counted as a member of the public',
  'if-service': 'if counted as a service account',
  'own-device-too': 'for anyone who also works from a device of their own',
  'shared-device': 'if several people take turns on one device, one license for the device',
  'spla-service-provider':
    'if running that company’s business on your servers makes you its service provider: then through SPLA',
} as const
