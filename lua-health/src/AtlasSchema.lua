-- AtlasSchema (internal/controller/atlasschema_controller.go in ariga/atlas-operator v0.7.37).

-- Ready=False reasons the operator sets when an attempt failed. It then also sets Stalled=True and counts
-- the attempt in status.failed. Reasons not listed here (from newer operators) follow the Stalled condition.
-- "not retried": the operator schedules no retry for it: errors of Atlas commands (resultCLIErr keeps them
-- permanent) and destructive changes on the first run.
local FAILURE_REASONS = {
  ReadSchema = "retried", -- the spec, a referenced Secret or ConfigMap, or the desired schema is unusable
  CreatingWorkingDir = "retried",
  CreatingAtlasClient = "retried",
  Login = "retried",
  CalculatingHash = "retried",
  WhoAmI = "retried",
  ModifyingAtlasHCL = "retried",
  LintPolicyError = "not retried",
  FirstRunDestructive = "not retried", -- the first apply would drop something
  VerifyingFirstRun = "not retried",
  SchemaInspect = "not retried",
  SchemaPush = "not retried",
  ListingPlans = "not retried",
  SchemaPlan = "not retried",
  ApplyingSchema = "not retried",
}

-- IsExceedBackoffLimit: only a limit above 0 stops the retries; 0 or below means no limit.
local function hasRetryLimit(limit)
  return limit > 0
end

-- Two of those reasons also come from resultErr, which retries, each with a message of its own: an
-- unreadable destructive-lint setting (shouldLint) and an unexpected apply report.
local function neverRetried(reason, message)
  if reason == "LintPolicyError" and message == "cannot determine the value of the destructive.error attribute" then
    return false
  end
  if reason == "ApplyingSchema" and startsWith(message, "unexpected number of reports: ") then
    return false
  end
  return FAILURE_REASONS[reason] == "not retried"
end

local function appliedMessage()
  return "Schema applied"
end

-- The plan's link in Atlas Cloud (status.planLink), else its URL (status.planURL).
local function approvalLink(obj)
  return text(field(obj, "status", "planLink")) or text(field(obj, "status", "planURL"))
end
