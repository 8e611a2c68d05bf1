import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, installPeerAddressHook, peerAddressHeader } from "./client-address";

describe("client address for the rate limit", () => {
  it("without a trusted proxy: the socket address, whatever X-Forwarded-For says", () => {
    const headers = new Headers({
      "x-forwarded-for": "203.0.113.9",
      [peerAddressHeader]: "198.51.100.7",
    });
    expect(clientAddress(headers, false)).toBe("198.51.100.7");
  });

  it("with TRUST_PROXY=1: the right-most X-Forwarded-For entry (added by our proxy)", () => {
    const headers = new Headers({
      "x-forwarded-for": "6.6.6.6, 203.0.113.9",
      [peerAddressHeader]: "10.0.0.2",
    });
    expect(clientAddress(headers, true)).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ [peerAddressHeader]: "10.0.0.2" }), true)).toBe("10.0.0.2");
  });

  it("the hook stamps the real socket address and overwrites a forged one", async () => {
    installPeerAddressHook();
    installPeerAddressHook(); // idempotent
    const server = http.createServer((request, response) => response.end(String(request.headers[peerAddressHeader])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: {
          [peerAddressHeader]: "203.0.113.66",
          "x-forwarded-for": "203.0.113.66",
        },
      });
      expect(await response.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
