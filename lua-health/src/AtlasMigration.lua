-- AtlasMigration (internal/controller/atlasmigration_controller.go in ariga/atlas-operator v0.7.37).

-- The version Atlas reports when the database has no migration applied (the directory has none to apply).
local NO_VERSION = "No migration applied yet"

-- Ready=False reasons the operator sets when an attempt failed (every step's error goes through resultErr).
-- It then also sets Stalled=True and counts the attempt in status.failed. Reasons not listed here (from newer
-- operators) follow the Stalled condition.
local FAILURE_REASONS = {
  ReadingMigrationData = true, -- the spec, a referenced Secret or ConfigMap, or the directory is unusable
  CreatingWorkingDir = true,
  CreatingAtlasClient = true,
  Login = true, -- Atlas Cloud login with the token from cloud.tokenFrom
  WhoAmI = true,
  Migrating = true, -- migrate status, apply or down failed
  ProtectedFlowError = true, -- migrate down needed but not allowed, or protectedFlows set inconsistently
  PlanRejected = true, -- the migrate-down plan was rejected in Atlas Cloud
  CopyingDirState = true,
  StoringDirState = true,
}

-- IsExceedBackoffLimit: any limit but 0 stops the retries once status.failed exceeds it, so a negative
-- limit stops them after the first failure.
local function hasRetryLimit(limit)
  return limit ~= 0
end

-- Every AtlasMigration failure is retried (resultErr marks it transient).
local function neverRetried()
  return false
end

local function appliedMessage(obj)
  local version = text(field(obj, "status", "lastAppliedVersion"))
  if version == nil then
    return "Migrations applied"
  end
  if version == NO_VERSION then
    return "Nothing to migrate; the database has no migration version yet"
  end
  return "Database at version " .. version
end

-- migrateDown stores the deployment's URL in status.approvalUrl before reporting ApprovalPending.
local function approvalLink(obj)
  return text(field(obj, "status", "approvalUrl"))
end
