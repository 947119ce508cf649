-- Argo CD health check for Atlas Operator AtlasSchema resources (db.atlasgo.io/v1alpha1).
-- Generated from lua-health/src/ by `npm run gen`: edit the sources there, not this file.
--
-- Healthy only once the operator reports the current generation as applied, so that resources in a later
-- sync wave wait for it. Written for the VM Argo CD gives argocd-cm scripts by default: gopher-lua (Lua 5.1)
-- with the base, table and package libraries only. So: no string, math or os library, no method calls on
-- strings, and no `%` (older gopher-lua releases compute it differently from Lua 5.1 for negative
-- numbers). Objects of any shape get a status; the message is one line of ours, followed by the operator's own
-- message verbatim. The message forms are stable (notification triggers match them): see lua-health/README.md.

-- The finalizer Argo CD puts on hooks (gitops-engine pkg/sync/hook/hook.go, HookFinalizer). Argo CD calls a
-- health script for a terminating object only when it carries this finalizer (gitops-engine
-- pkg/health/health.go, GetResourceHealth); for any other terminating object it answers "Pending deletion"
-- itself.
local HOOK_FINALIZER = "argocd.argoproj.io/hook-finalizer"

-- Counts, limits and generations at or above this are not believed. Below it, a number and the number after
-- it print the same in every Lua VM (C Lua writes 1e14 as "1e+14", gopher-lua as "100000000000000").
local COUNT_LIMIT = 10000000000000

-- 2^52: adding and then subtracting it rounds a double below 2^52 to a whole number (round to nearest).
local TWO_POW_52 = 4503599627370496

-- field(t, "a", "b") is t.a.b, or nil as soon as a step is not a table.
local function field(value, ...)
  for _, key in ipairs({ ... }) do
    if type(value) ~= "table" then
      return nil
    end
    value = value[key]
  end
  return value
end

-- text(v) is v when it is a non-empty string, else nil.
local function text(value)
  if type(value) == "string" and value ~= "" then
    return value
  end
  return nil
end

-- count(v) is v when it is a whole number of magnitude below COUNT_LIMIT (JSON numbers arrive as Lua
-- numbers), else nil. NaN fails every comparison and so is never one.
local function count(value)
  if type(value) ~= "number" or not (value > -COUNT_LIMIT and value < COUNT_LIMIT) then
    return nil
  end
  local rounded
  if value >= 0 then
    rounded = (value + TWO_POW_52) - TWO_POW_52
  else
    rounded = (value - TWO_POW_52) + TWO_POW_52
  end
  if rounded ~= value then
    return nil
  end
  return value
end

-- generation(v) is a recorded generation, else nil. Kubernetes counts generations from 1; the CRD defaults
-- status.observedGeneration to -1 ("nothing observed yet") and the operator omits 0, so anything below 1
-- means "not recorded".
local function generation(value)
  local number = count(value)
  if number ~= nil and number >= 1 then
    return number
  end
  return nil
end

-- lowest(a, b) is the smaller of two numbers that may be nil.
local function lowest(a, b)
  if a == nil or (b ~= nil and b < a) then
    return b
  end
  return a
end

-- startsWith(s, prefix) without the string library: the strings that start with prefix sort from prefix up
-- to prefix followed by byte 255 (both VMs compare strings byte by byte).
local function startsWith(value, prefix)
  return type(value) == "string" and value >= prefix and value < prefix .. "\255"
end

local function contains(list, wanted)
  if type(list) ~= "table" then
    return false
  end
  for _, item in ipairs(list) do
    if item == wanted then
      return true
    end
  end
  return false
end

local function findCondition(conditions, conditionType)
  if type(conditions) ~= "table" then
    return nil
  end
  for _, condition in ipairs(conditions) do
    if type(condition) == "table" and condition.type == conditionType then
      return condition
    end
  end
  return nil
end

local function health(status, message)
  return { status = status, message = message }
end

-- labelled("Reason", message) is "Reason: message", or "Reason" when the message adds nothing.
local function labelled(label, message)
  if message == nil or message == label then
    return label
  end
  return label .. ": " .. message
end

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

-- A terminating object without Argo CD's hook finalizer gets the answer Argo CD itself gives it without
-- calling the script (gitops-engine pkg/health/health.go; `argocd admin settings resource-overrides health`
-- goes through the same function). Only a runner that calls the script directly shows this branch.
local PENDING_DELETION = health("Progressing", "Pending deletion")

-- The status describes an older spec when metadata.generation is ahead of status.observedGeneration or of
-- the Ready condition's observedGeneration (operator v0.7.16+ writes both on every status update: SetReady,
-- SetNotReady and SetReconciling in api/v1alpha1). Right after a spec change the previous Ready=True stays
-- until the operator reconciles, and spec edits that do not change the operator's input hash never show
-- Reconciling at all. Older operators record neither, and then the Ready condition is all there is to go by.
-- Marking an object with finalizers for deletion bumps metadata.generation once (Kubernetes apiserver,
-- registry/generic/registry/store.go, markAsDeleting) without a spec change, so for a terminating object the
-- status of the generation before is current too.
-- Returns the generation waited for and the one the status reflects, or nil when the status is current.
local function staleGeneration(obj, ready, deleting)
  local wanted = generation(field(obj, "metadata", "generation"))
  if wanted ~= nil and deleting then
    wanted = wanted - 1
  end
  local seen = lowest(
    generation(field(obj, "status", "observedGeneration")),
    generation(field(ready, "observedGeneration"))
  )
  if wanted ~= nil and seen ~= nil and seen < wanted then
    return wanted, seen
  end
  return nil
end

-- After a failed attempt the operator counts it in status.failed (SetNotReady; a success or a Reconciling
-- status resets it) and, unless the error is one it never retries, schedules the next attempt failed x 5 s
-- later, until the count passes spec.backoffLimit (resultErr and IsExceedBackoffLimit in the operator). The
-- limit is read as the operator's Go struct reads it: an absent field is 0. Once it has stopped, it tries once
-- more on each change of the spec or of a Secret or ConfigMap it references, and when it restarts.
local function retries(obj, reason, message)
  if neverRetried(reason, message) then
    return "operator does not retry this error; fix the cause and change the spec to retry"
  end
  local failed = count(field(obj, "status", "failed"))
  if failed == nil or failed < 1 then
    return nil -- operators before the failure count (early 2025) record none
  end
  local limit = field(obj, "spec", "backoffLimit")
  if limit == nil then
    limit = 0
  end
  limit = count(limit)
  if limit == nil then
    return nil -- not a number the operator can read, or too large to believe: claim nothing
  end
  if not hasRetryLimit(limit) then
    return "attempt " .. tostring(failed) .. " failed, operator retrying without limit"
  end
  if failed > limit then
    local attempts = " failed attempts"
    if failed == 1 then
      attempts = " failed attempt"
    end
    return "operator gave up after " .. tostring(failed) .. attempts .. "; fix the cause and change the spec to retry"
  end
  return "attempt " .. tostring(failed) .. " of " .. tostring(limit + 1) .. " failed, operator retrying"
end

local function failure(obj, reason, message)
  local label = reason or "Not ready"
  local retrying = retries(obj, reason, message)
  if retrying ~= nil then
    label = label .. " (" .. retrying .. ")"
  end
  return health("Degraded", labelled(label, message))
end

local function assess(obj)
  local deleting = field(obj, "metadata", "deletionTimestamp") ~= nil
  if deleting and not contains(field(obj, "metadata", "finalizers"), HOOK_FINALIZER) then
    return PENDING_DELETION
  end
  -- Not terminating, or a hook Argo CD waits for: Argo CD removes its hook finalizer only once the hook has
  -- finished (Healthy or Degraded: sync_context.go, getOperationPhase and removeHookFinalizer), so a hook
  -- deleted mid-sync is judged by its status like any other object, or the sync would never end.
  local conditions = field(obj, "status", "conditions")
  local ready = findCondition(conditions, "Ready")
  local wanted, seen = staleGeneration(obj, ready, deleting)
  if wanted ~= nil then
    return health("Progressing", "Waiting for the Atlas Operator to reconcile generation " .. tostring(wanted)
      .. " (status reflects generation " .. tostring(seen) .. ")")
  end
  if ready == nil then
    return health("Progressing", "Waiting for the Atlas Operator to report status")
  end
  if ready.status == "True" then
    return health("Healthy", appliedMessage(obj))
  end

  local reason = text(ready.reason)
  local message = text(ready.message)
  if ready.status ~= "False" then
    -- Unknown (or anything else) is not a verdict: Kubernetes conditions are True, False or Unknown, and
    -- only False reports a failure.
    return health("Progressing", labelled(reason or "Ready condition not True or False", message))
  end
  if reason == "Reconciling" or reason == "GettingDevDB" then
    return health("Progressing", labelled(reason, message))
  end
  if reason == "ApprovalPending" then
    -- A plan waits for a person to approve it in Atlas Cloud; the operator polls every 5 s.
    return health("Suspended", labelled("Waiting for plan approval", approvalLink(obj) or message))
  end
  if reason == nil or not FAILURE_REASONS[reason] then
    -- A reason this script does not know: the operator marks failures with Stalled=True.
    local stalled = findCondition(conditions, "Stalled")
    if stalled ~= nil and stalled.status == "False" then
      return health("Progressing", labelled(reason or "Not ready", message))
    end
  end
  return failure(obj, reason, message)
end

return assess(obj)
