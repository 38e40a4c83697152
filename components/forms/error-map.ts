import type { z } from "zod";

/**
 * Friendlier wording for the issues a schema leaves to zod's defaults ("expected number, received
 * null"). Schema-level messages win over this map, so the server's wording is unchanged.
 */
export function friendlyIssue(issue: z.core.$ZodRawIssue): string | undefined {
  const empty = issue.input === undefined || issue.input === null || issue.input === "";
  switch (issue.code) {
    case "invalid_type":
      if (empty) return "This field is required";
      return issue.expected === "number" ? "Enter a number" : undefined;
    case "invalid_value":
      return empty ? "Choose a value" : "Choose one of the listed values";
    case "invalid_union":
      return empty ? "Choose a value" : "This value is not one of the accepted kinds";
    case "too_small":
      return issue.origin === "number" ? `Must be at least ${issue.minimum}` : undefined;
    case "too_big":
      return issue.origin === "number" ? `Must be at most ${issue.maximum}` : undefined;
    default:
      return undefined;
  }
}
