-- One check-in per request, each with a fresh eventId; wrk -s checkin.lua (env TOKEN, BATCH).
local token = os.getenv("TOKEN")
local batch = tonumber(os.getenv("BATCH") or "0")
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("thread_id", thread_id)
  thread_id = thread_id + 1
end

local function uuid()
  counter = counter + 1
  return string.format("%08x-%04x-4%03x-8%03x-%012x", math.random(0, 0x7fffffff), thread_id,
    math.random(0, 0xfff), math.random(0, 0xfff), counter)
end

local function event(now)
  return '{"eventId":"' .. uuid() .. '","subject":{"type":"PHONE","value":"0912' ..
    string.format("%06d", math.random(0, 999999)) .. '"},"direction":"IN","scannedAt":"' .. now .. '"}'
end

request = function()
  local now = os.date("!%Y-%m-%dT%H:%M:%SZ")
  local headers = { ["Content-Type"] = "application/json" }
  if token then
    headers["Authorization"] = "Bearer " .. token
  end
  if batch > 0 then
    local events = {}
    for i = 1, batch do
      events[i] = event(now)
    end
    return wrk.format("POST", nil, headers, '{"events":[' .. table.concat(events, ",") .. ']}')
  end
  return wrk.format("POST", nil, headers, event(now))
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f non2xx=%d p99ms=%.1f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.status, latency:percentile(99) / 1000))
end
