-- Drives the reportlint language server from Neovim 0.7 (Debian's; no vim.lsp.start there), headless:
--   E2E_NODE=<node> E2E_SERVER=<server.js> E2E_FILE=<report.md> E2E_OUT=<result.json> \
--     nvim --headless --clean -c 'luafile test/e2e/neovim-lsp.lua'
-- Opens the report, waits for the server's first publishDiagnostics, asks for hover on the cell at
-- E2E_LINE:E2E_CHARACTER (0-based, UTF-16) and for the document symbols, writes everything as JSON to
-- E2E_OUT and quits (exit code 1 with an `error` field on failure). test/e2e/neovim.test.ts checks it.
local out = os.getenv("E2E_OUT")
local result = {}

local function finish(code)
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  for _, client in pairs(vim.lsp.get_active_clients()) do
    client.stop()
  end
  vim.cmd(code == 0 and "qall!" or "cquit!")
end

local ok, err = pcall(function()
  local file = os.getenv("E2E_FILE")
  local uri = vim.uri_from_fname(file)
  local position = { line = tonumber(os.getenv("E2E_LINE")), character = tonumber(os.getenv("E2E_CHARACTER")) }
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  result.filetype = vim.bo.filetype

  local published = nil
  local id = vim.lsp.start_client({
    name = "reportlint",
    cmd = { os.getenv("E2E_NODE"), os.getenv("E2E_SERVER"), "--stdio" },
    root_dir = vim.fn.fnamemodify(file, ":h"),
    handlers = {
      ["textDocument/publishDiagnostics"] = function(e, params, ctx, config)
        if params.uri == uri and published == nil then
          published = params
        end
        -- Also let Neovim show them, to check its own diagnostic list below.
        vim.lsp.diagnostic.on_publish_diagnostics(e, params, ctx, config)
      end,
    },
  })
  if not id then error("vim.lsp.start_client returned nil") end
  vim.lsp.buf_attach_client(0, id)
  if not vim.wait(30000, function() return published ~= nil end, 20) then
    error("no textDocument/publishDiagnostics for " .. uri)
  end
  result.uri = uri
  result.published = published
  -- What Neovim made of them: 0-based line and byte column.
  result.neovim = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(result.neovim, { lnum = d.lnum, col = d.col, code = d.code, severity = d.severity })
  end

  local function request(method, params)
    local responses, request_err = vim.lsp.buf_request_sync(0, method, params, 30000)
    if not responses then error(method .. ": " .. tostring(request_err)) end
    local response = responses[id]
    if not response then error(method .. ": no response") end
    if response.err then error(method .. ": " .. vim.inspect(response.err)) end
    return response.result
  end
  result.hover = request("textDocument/hover", { textDocument = { uri = uri }, position = position })
  result.symbols = request("textDocument/documentSymbol", { textDocument = { uri = uri } })
end)

if not ok then
  result.error = tostring(err)
  finish(1)
else
  finish(0)
end
