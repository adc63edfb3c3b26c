// oidc-provider ships no type declarations; the tests use a small part of it.
declare module "oidc-provider" {
  type Claims = Record<string, unknown>;
  type Account = { accountId: string; claims: () => Promise<Claims> };
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown> & { findAccount?: (ctx: unknown, id: string) => Promise<Account | undefined> });
    callback(): (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void;
  }
}
