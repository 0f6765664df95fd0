-- Shared by the scenario scripts: a random pick from a list, and the summary of a run as one JSON line.
-- run.sh prepends the scenario's data (ids, regions, token) to a copy of the scenario script.

math.randomseed(os.time())

function pick(list)
  return list[math.random(1, #list)]
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"mean":%.1f,"p50":%d,"p90":%d,"p99":%d,"max":%d}}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
