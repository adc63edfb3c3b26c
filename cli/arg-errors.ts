import type { CommanderError } from "commander";
import type { TFunction } from "i18next";

// Commander speaks English; its argument errors are re-said in the user's language.
export function translateArgError(error: CommanderError, t: TFunction): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const option = quoted.split(" ")[0] ?? quoted;
  switch (error.code) {
    case "commander.missingMandatoryOptionValue":
      return t("argErrors.missingOption", { option });
    case "commander.optionMissingArgument":
      return t("argErrors.missingValue", { option });
    case "commander.invalidArgument": {
      const choices = /Allowed choices are (.*)\./.exec(error.message)?.[1] ?? "";
      const opt = /option '([^' ]+)/.exec(error.message)?.[1] ?? option;
      return t("argErrors.invalidChoice", { option: opt, choices });
    }
    case "commander.unknownOption":
      return t("argErrors.unknownOption", { option });
    case "commander.unknownCommand":
      return t("argErrors.unknownCommand", { command: quoted });
    default:
      return t("argErrors.other", { message: error.message.replace(/^error: /, "") });
  }
}
