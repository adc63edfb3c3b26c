/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

declare module "*.css" {
  const href: string;
  export default href;
}

export {};

declare module "@remix-run/server-runtime" {
  interface AppLoadContext {
    cspNonce?: string;
    /** The client address as Express sees it (proxy headers trusted from loopback only). */
    clientIp?: string;
  }
}
