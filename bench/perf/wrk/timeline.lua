-- GET /api/v1/dashboard/timeline for one region (default limit), the region rotating.
-- Needs: regions.
request = function()
  return wrk.format("GET", "/api/v1/dashboard/timeline?region=" .. pick(regions))
end
