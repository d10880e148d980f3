// mailauth 4.x ships no types: the few internals the smoke check uses.
declare module 'mailauth/lib/spf/index.js' {
  type Resolver = (name: string, type: string) => Promise<unknown>;
  export interface SpfResult {
    domain: string;
    rr?: string;
    status: { result: string; comment?: string };
    lookups?: { limit: number; count: number; void: number };
  }
  const mod: {
    spf(opts: { sender: string; ip: string; helo?: string; mta?: string; resolver?: Resolver }): Promise<SpfResult>;
  };
  export default mod;
}
declare module 'mailauth/lib/tools.js' {
  type Resolver = (name: string, type: string) => Promise<unknown>;
  const mod: {
    getPublicKey(
      type: 'DKIM',
      name: string,
      minBitLength: number,
      resolver?: Resolver,
    ): Promise<{ publicKey: string; rr: string; modulusLength?: number }>;
  };
  export default mod;
}
