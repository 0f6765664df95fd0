-- GET /api/v1/tasks filtered by one region and one status, a page of 50 (regions and statuses rotate).
-- Needs: regions (list of region codes).
local statuses = {"in_progress", "completed", "delayed", "not_started", "suspended"}
request = function()
  return wrk.format("GET", "/api/v1/tasks?region=" .. pick(regions) .. "&status=" .. pick(statuses) .. "&size=50")
end
