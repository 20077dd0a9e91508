-- Headless Neovim 0.7 (Debian) as a second real LSP client: opens a release, starts
-- `node dist/server.js --stdio`, waits for diagnostics, asks for code actions on the kata-baku
-- finding, applies the preferred one, waits for the finding to go, asks for hover, and writes what
-- it saw to $SARING_OUT as JSON. The assertions live in test/e2e/nvim.mjs.
local out = {}
local function finish(status)
  local f = io.open(os.getenv('SARING_OUT'), 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd(status == 0 and 'qall!' or 'cquit! ' .. status)
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('SARING_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = 'saring',
    cmd = { os.getenv('SARING_NODE'), os.getenv('SARING_SERVER'), '--stdio' },
    root_dir = os.getenv('SARING_ROOT'),
    on_exit = function(code) out.server_exit = code end,
  })
  out.client_id = id
  vim.lsp.buf_attach_client(bufnr, id)

  local function find_kata_baku()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''
      if code == 'ejaan/kata-baku' and line:sub(d.col + 1, d.end_col) == 'menghimbau' then return d, line end
    end
  end

  out.got_diagnostics = vim.wait(20000, function() return find_kata_baku() ~= nil end, 50)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out.diagnostics, { code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message, lnum = d.lnum, col = d.col, severity = d.severity, source = d.source })
  end
  if not out.got_diagnostics then return end

  -- 0.7 keeps only the extra LSP fields in user_data.lsp: rebuild the LSP diagnostic, in UTF-16.
  local d, line = find_kata_baku()
  local _, start16 = vim.str_utfindex(line, d.col)
  local _, end16 = vim.str_utfindex(line, d.end_col)
  local range = { start = { line = d.lnum, character = start16 }, ['end'] = { line = d.end_lnum, character = end16 } }
  local lsp_diag = { range = range, message = d.message, code = 'ejaan/kata-baku', source = d.source, severity = d.severity, data = d.user_data.lsp.data }
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr), range = range, context = { diagnostics = { lsp_diag } } }

  local actions = {}
  out.titles = {}
  for _, res in pairs(vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}) do
    for _, a in ipairs(res.result or {}) do
      table.insert(actions, a)
      table.insert(out.titles, a.title)
    end
  end
  local preferred
  for _, a in ipairs(actions) do if a.isPreferred then preferred = a break end end
  if not preferred then return end
  out.applied = preferred.title
  vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
  out.line_after = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
  out.cleared = vim.wait(10000, function() return find_kata_baku() == nil end, 50)

  local praktek
  for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s = l:find('praktek', 1, true)
    if s then praktek = { line = i - 1, character = select(2, vim.str_utfindex(l, s)) } break end
  end
  if praktek then
    local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = praktek }, 10000)
    for _, res in pairs(hover or {}) do
      if res.result then out.hover = res.result.contents.value end
    end
  end
end)
if not ok then out.error = tostring(err) end
finish(ok and 0 or 3)
