-- Check-ins with event ids unique across threads and runs; wrk -s checkin.lua (env TOKEN, BATCH, RUN).
-- Every answer is read and its results counted by kind: ACCEPTED, DUPLICATE, anything else (errors), so that a run
-- which measured something else than fresh scans can be refused.
local token = os.getenv("TOKEN")
local batch = tonumber(os.getenv("BATCH") or "0")
local run = tonumber(os.getenv("RUN") or tostring(os.time())) % 0x100000000
local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("id", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  accepted = 0
  duplicate = 0
  errors = 0
  math.randomseed(run * 64 + id)
end

local function uuid()
  counter = counter + 1
  return string.format("%08x-%04x-4%03x-8%03x-%012x", run, id, math.random(0, 0xfff), math.random(0, 0xfff), counter)
end

local function event(now)
  return '{"eventId":"' .. uuid() .. '","subject":{"type":"PHONE","value":"0912' ..
    string.format("%06d", math.random(0, 999999)) .. '"},"direction":"IN","scannedAt":"' .. now .. '"}'
end

local function count(body, word)
  local n, from = 0, 1
  while true do
    local at = string.find(body, word, from, true)
    if not at then
      return n
    end
    n = n + 1
    from = at + #word
  end
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

response = function(status, headers, body)
  local expected = batch > 0 and batch or 1
  local a = count(body, '"ACCEPTED"')
  local d = count(body, '"DUPLICATE"')
  accepted = accepted + a
  duplicate = duplicate + d
  local bad = expected - a - d
  if status >= 300 and bad < 1 then
    bad = 1
  end
  if bad > 0 then
    errors = errors + bad
  end
end

done = function(summary, latency, requests)
  local a, d, e = 0, 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("accepted")
    d = d + thread:get("duplicate")
    e = e + thread:get("errors")
  end
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f non2xx=%d p50ms=%.2f p99ms=%.2f accepted=%d duplicate=%d errors=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000, a, d, e,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
