-- Argo CD health check for Atlas Operator AtlasSchema resources (db.atlasgo.io/v1alpha1).
--
-- Healthy only once the operator reports the current generation as applied, so that resources in a later
-- sync wave wait for the schema change. Written for Argo CD's default VM for argocd-cm scripts: Lua 5.1 with
-- the base and table libraries only (no string, math or os library, no method calls on strings). Objects of any
-- shape get a status; the message is one line of ours, followed by the operator's own message verbatim.

-- spec.backoffLimit when the field is absent (the CRD default).
local DEFAULT_BACKOFF_LIMIT = 20

-- Ready=False reasons the operator sets when an attempt failed. It then also sets Stalled=True and counts
-- the attempt in status.failed. Reasons not listed here (from newer operators) follow the Stalled condition.
local FAILURE_REASONS = {
  ReadSchema = true, -- the spec, a referenced Secret or ConfigMap, or the desired schema is unusable
  CreatingWorkingDir = true,
  CreatingAtlasClient = true,
  Login = true, -- Atlas Cloud login with the token from cloud.tokenFrom
  CalculatingHash = true,
  WhoAmI = true,
  ModifyingAtlasHCL = true,
  LintPolicyError = true,
  FirstRunDestructive = true, -- the first apply would drop something
  VerifyingFirstRun = true,
  SchemaInspect = true,
  SchemaPush = true,
  ListingPlans = true,
  SchemaPlan = true,
  ApplyingSchema = true,
}

-- Failures the operator schedules no retry for: errors of Atlas commands (lint, plan, push, apply) and
-- destructive changes on the first run are taken as permanent. (It also uses LintPolicyError and
-- ApplyingSchema, rarely, for errors it does retry: an unreadable lint policy, an unexpected apply report.)
local NOT_RETRIED = {
  LintPolicyError = true,
  FirstRunDestructive = true,
  VerifyingFirstRun = true,
  SchemaInspect = true,
  SchemaPush = true,
  ListingPlans = true,
  SchemaPlan = true,
  ApplyingSchema = true,
}

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

-- wholeNumber(v) is v when it is a finite whole number, else nil (JSON numbers arrive as Lua numbers).
local function wholeNumber(value)
  if type(value) ~= "number" or value ~= value or value == 1 / 0 or value == -1 / 0 then
    return nil
  end
  if value % 1 ~= 0 then
    return nil
  end
  return value
end

-- generation(v) is a recorded generation, else nil. Kubernetes counts generations from 1; the CRD defaults
-- status.observedGeneration to -1 ("nothing observed yet") and the operator omits 0, so anything below 1
-- means "not recorded".
local function generation(value)
  local number = wholeNumber(value)
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

-- Argo CD releases that run health checks on terminating objects show this message; older ones never call
-- the script for them.
local function deletion(obj)
  local names = {}
  local finalizers = field(obj, "metadata", "finalizers")
  if type(finalizers) == "table" then
    for _, name in ipairs(finalizers) do
      if type(name) == "string" then
        table.insert(names, name)
      end
    end
  end
  if #names == 0 then
    return health("Progressing", "Pending deletion")
  end
  return health("Progressing", "Pending deletion; blocked by finalizers: " .. table.concat(names, ", "))
end

-- The status describes an older spec when metadata.generation is ahead of status.observedGeneration or of
-- the Ready condition's observedGeneration (operator v0.7.16+ writes both on every status update). Right
-- after a spec change the previous Ready=True stays until the operator reconciles, and spec edits that do not
-- change the desired schema's hash never show Reconciling at all. Older operators record neither, and then
-- the Ready condition is all there is to go by.
-- Returns the generation waited for and the one the status reflects, or nil when the status is current.
local function staleGeneration(obj, ready)
  local wanted = generation(field(obj, "metadata", "generation"))
  local seen = lowest(
    generation(field(obj, "status", "observedGeneration")),
    generation(field(ready, "observedGeneration"))
  )
  if wanted ~= nil and seen ~= nil and seen < wanted then
    return wanted, seen
  end
  return nil
end

-- After a failed attempt the operator counts it in status.failed. Unless the failure is one it does not
-- retry, it tries again failed x 5 s later as long as failed <= spec.backoffLimit (default 20: 21 attempts in
-- all); a backoffLimit of 0 or below means no limit. Once it has stopped, it tries once more on each change
-- of the spec or of a Secret or ConfigMap it references, and when the operator restarts: only a successful
-- run resets the counter.
local function retries(obj, reason)
  if NOT_RETRIED[reason] then
    return "operator does not retry this error; fix the cause and change the spec to retry"
  end
  local failed = wholeNumber(field(obj, "status", "failed"))
  if failed == nil or failed < 1 then
    return nil
  end
  local limit = wholeNumber(field(obj, "spec", "backoffLimit")) or DEFAULT_BACKOFF_LIMIT
  if limit <= 0 then
    return "attempt " .. tostring(failed) .. " failed, operator retrying without limit"
  end
  if failed > limit then
    return "operator gave up after " .. tostring(failed)
      .. " failed attempts; fix the cause and change the spec to retry"
  end
  return "attempt " .. tostring(failed) .. " of " .. tostring(limit + 1) .. " failed, operator retrying"
end

local function failure(obj, reason, message)
  local label = reason or "Not ready"
  local retrying = retries(obj, reason)
  if retrying ~= nil then
    label = label .. " (" .. retrying .. ")"
  end
  return health("Degraded", labelled(label, message))
end

local function assess(obj)
  if field(obj, "metadata", "deletionTimestamp") ~= nil then
    return deletion(obj)
  end
  local conditions = field(obj, "status", "conditions")
  local ready = findCondition(conditions, "Ready")
  local wanted, seen = staleGeneration(obj, ready)
  if wanted ~= nil then
    return health("Progressing", "Waiting for the Atlas Operator to reconcile generation " .. tostring(wanted)
      .. " (status reflects generation " .. tostring(seen) .. ")")
  end
  if ready == nil then
    return health("Progressing", "Waiting for the Atlas Operator to report status")
  end
  if ready.status == "True" then
    return health("Healthy", "Schema applied")
  end

  local reason = text(ready.reason)
  local message = text(ready.message)
  if reason == "Reconciling" or reason == "GettingDevDB" then
    return health("Progressing", labelled(reason, message))
  end
  if reason == "ApprovalPending" then
    -- A schema plan waits for a person to approve it in Atlas Cloud; the operator polls every 5 s.
    local link = text(field(obj, "status", "planLink")) or text(field(obj, "status", "planURL"))
    return health("Suspended", labelled("Waiting for plan approval", link or message))
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
