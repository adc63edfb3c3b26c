import { createContext, useContext } from "react";

// The CSP nonce of this response, handed from the server entry to <Scripts>.
export const NonceContext = createContext<string | undefined>(undefined);
export const useNonce = () => useContext(NonceContext);
