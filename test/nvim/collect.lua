-- Run by the Neovim suite (test/nvim/neovim.nvim.ts) in `nvim --headless -u NONE -i NONE -n`: loads the user
-- configuration of docs/editors.md (delib.lua beside this file), opens DELIB_FILE, waits for the server's
-- diagnostics, and writes what Neovim holds to DELIB_OUT as JSON, then quits. Every wait is bounded.
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':h')
local out = os.getenv('DELIB_OUT')
local file = os.getenv('DELIB_FILE')
local timeout = tonumber(os.getenv('DELIB_TIMEOUT_MS') or '15000')
vim.g.delib_server_cmd = vim.fn.json_decode(os.getenv('DELIB_SERVER_CMD'))

local function finish(result)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  -- Count the publishDiagnostics notifications as they arrive (the event), then hand them to Neovim's handler.
  local published = 0
  local default = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
    default(e, result, ctx, config)
    published = published + 1
  end

  vim.cmd('luafile ' .. here .. '/delib.lua')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()

  if not vim.wait(timeout, function() return published > 0 end, 20) then
    error('no publishDiagnostics within ' .. timeout .. ' ms (filetype ' .. vim.bo[buf].filetype .. ')')
  end

  local clients = vim.lsp.buf_get_clients(buf)
  local client = select(2, next(clients))
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    -- Neovim holds byte columns; the CLI gives UTF-16 columns: convert back through the line's text.
    local function utf16(lnum, col)
      local line = vim.api.nvim_buf_get_lines(buf, lnum, lnum + 1, false)[1] or ''
      local _, u16 = vim.str_utfindex(line, math.min(col, #line))
      return u16
    end
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(diagnostics, {
      line = d.lnum + 1,
      column = utf16(d.lnum, d.col) + 1,
      endLine = d.end_lnum + 1,
      endColumn = utf16(d.end_lnum, d.end_col) + 1,
      severity = d.severity,
      code = d.code or lsp.code,
      message = d.message,
    })
  end
  -- Completion where the test asks for it (DELIB_COMPLETE_AT = "line:character", 0-based, UTF-16).
  local completion = vim.NIL
  local at = os.getenv('DELIB_COMPLETE_AT')
  if at and at ~= '' then
    local l, c = at:match('(%d+):(%d+)')
    local answers = vim.lsp.buf_request_sync(buf, 'textDocument/completion', {
      textDocument = vim.lsp.util.make_text_document_params(buf),
      position = { line = tonumber(l), character = tonumber(c) },
    }, timeout)
    completion = {}
    for _, answer in pairs(answers or {}) do
      local items = answer.result and (answer.result.items or answer.result) or {}
      for _, item in ipairs(items) do table.insert(completion, item.label) end
    end
  end

  -- Formatting, applied to the buffer as `vim.lsp.buf.formatting_sync()` does, when the server offers it.
  local formatted = vim.NIL
  if client and client.server_capabilities.documentFormattingProvider then
    vim.lsp.buf.formatting_sync({ tabSize = 4, insertSpaces = true }, timeout)
    formatted = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  end

  finish({
    completion = completion,
    formatted = formatted,
    filetype = vim.bo[buf].filetype,
    client = client and client.name or vim.NIL,
    capabilities = client and client.server_capabilities or vim.NIL,
    diagnostics = diagnostics,
  })
end)
if not ok then finish({ error = tostring(err) }) end
