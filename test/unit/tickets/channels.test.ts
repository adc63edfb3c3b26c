import { mapChannel } from "~/domain/tickets/channels";
import { PRESETS } from "~/domain/tickets/presets";

describe("mapChannel", () => {
  test.each([
    ["Telefon", "phone"],
    ["Phone", "phone"],
    ["TELEFON", "phone"],
    ["E-post", "email"],
    ["Epost", "email"],
    ["Mejl", "email"],
    ["Mail", "email"],
    ["Email", "email"],
    ["e-mail", "email"],
    ["Self-service", "portal"],
    ["Självservice", "portal"],
    ["Selvbetjening", "portal"],
    ["Portal", "portal"],
    ["Webb", "portal"],
    ["web", "portal"],
    ["Besök", "walk_in"],
    ["Oppmøte", "walk_in"],
    ["Walk-in", "walk_in"],
    ["Direct", "walk_in"],
    ["Chatt", "chat"],
    ["Chat", "chat"],
    ["Virtual agent", "chat"],
    ["sms", "chat"],
    ["note", "other"],
    ["Monitoring", "other"],
    ["Telefon (växel)", "phone"],
    ["Inkommande e-post", "email"],
    ["walk_in", "walk_in"],
    ["Brevduva", "other"],
    ["", "other"],
  ])("%j → %s", (value, channel) => {
    expect(mapChannel(value)).toBe(channel);
  });

  test("GLPI request type codes only mean channels with the GLPI preset", () => {
    const codes = PRESETS.glpi.channelCodes;
    expect(["1", "2", "3", "4", "5", "6"].map((c) => mapChannel(c, codes))).toEqual(["portal", "email", "phone", "walk_in", "other", "other"]);
    expect(mapChannel("3")).toBe("other");
  });

  test("undefined (no channel column) is other", () => {
    expect(mapChannel(undefined)).toBe("other");
  });
});
