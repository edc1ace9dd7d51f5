-- Drive copydesk-language-server from Neovim's built-in LSP client (0.7+),
-- headless: attach to STORY, wait for diagnostics, ask for code actions at
-- the repeated-words diagnostic, apply the preferred one, and write what
-- happened as JSON to OUT. Run: nvim --headless -u NONE -c 'luafile client.lua'
local story, server, out = os.getenv('STORY'), os.getenv('SERVER'), os.getenv('OUT')
local result = {}

local function finish()
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(story))
  local buffer = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'copydesk',
    cmd = {'node', server, '--stdio'},
    root_dir = vim.fn.fnamemodify(story, ':h'),
  })
  vim.lsp.buf_attach_client(buffer, client_id)

  vim.wait(30000, function() return #vim.diagnostic.get(buffer) > 0 end, 20)
  local diagnostics = vim.diagnostic.get(buffer)
  result.diagnostics = {}
  local target
  for _, d in ipairs(diagnostics) do
    table.insert(result.diagnostics, {lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, code = d.code, severity = d.severity, message = d.message})
    if d.code == 'repeated-words' then target = d end
  end
  if not target then error('no repeated-words diagnostic') end

  -- Neovim keeps byte columns; LSP wants UTF-16 characters.
  local function position(lnum, col)
    local line = vim.api.nvim_buf_get_lines(buffer, lnum, lnum + 1, false)[1] or ''
    local _, character = vim.str_utfindex(line, col)
    return {line = lnum, character = character}
  end
  local range = {start = position(target.lnum, target.col), ['end'] = position(target.end_lnum, target.end_col)}
  local params = {textDocument = vim.lsp.util.make_text_document_params(buffer), range = range, context = {diagnostics = {}}}
  local responses = vim.lsp.buf_request_sync(buffer, 'textDocument/codeAction', params, 10000)
  result.actions = {}
  local chosen
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.actions, {title = action.title, kind = action.kind, isPreferred = action.isPreferred or false})
      if action.isPreferred and action.kind == 'quickfix' then chosen = action end
    end
  end
  if not chosen then error('no preferred quick fix') end
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  -- As the buffer would be written: a final newline only if the file had one.
  local eol = vim.api.nvim_buf_get_option(buffer, 'eol') and '\n' or ''
  result.text = table.concat(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), '\n') .. eol

  -- The server re-lints the edited buffer: the doubled phrase is gone.
  vim.wait(10000, function()
    for _, d in ipairs(vim.diagnostic.get(buffer)) do
      if d.code == 'repeated-words' then return false end
    end
    return true
  end, 20)
  result.after = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do table.insert(result.after, d.code) end
end)

if not ok then result.error = tostring(failure) end
finish()
