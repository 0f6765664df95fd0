-- GET /api/v1/tasks/{id}, the id rotating at random over every task.
-- Needs: min_id, max_id.
request = function()
  return wrk.format("GET", "/api/v1/tasks/" .. math.random(min_id, max_id))
end
