-- POST /api/v1/tasks/{id}/updates with an API token, rotating over tasks in progress: each request
-- appends a status update (progress moves), so the history row, the task row and the audit record
-- are all written and committed before the 201. No If-Match: appends may omit it (see TaskResource).
-- Needs: ids (task ids in progress), token.
local n = 0
request = function()
  n = n + 1
  local id = ids[(n % #ids) + 1]
  local body = '{"status":"in_progress","progress":' .. math.random(1, 99) .. ',"comment":"bench: 按计划推进"}'
  return wrk.format("POST", "/api/v1/tasks/" .. id .. "/updates",
    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

response = function(status, headers, body)
  if status ~= 201 and not reported then
    reported = true
    io.stderr:write("status-update: HTTP " .. status .. " " .. body .. "\n")
  end
end
