-- Neovim (0.7 or later) configuration for Délibérations: *.delib files get the filetype `deliberation`, and the
-- language server `delib-language-server --stdio` (npm's bin of dist/server.js) is attached to each of them.
-- Put this in your init.lua (or `:luafile` it). The editor test (test/nvim) uses this very file, with
-- vim.g.delib_server_cmd pointing at the repository's dist/server.js.
-- Neovim 0.7 has vim.lsp.start_client; vim.lsp.start (0.8+) would do the same in fewer lines.
local cmd = vim.g.delib_server_cmd or { 'delib-language-server', '--stdio' }
local client_id = nil

vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = '*.delib',
  callback = function(args)
    vim.api.nvim_buf_set_option(args.buf, 'filetype', 'deliberation')
  end,
})

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'deliberation',
  callback = function(args)
    if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
      client_id = vim.lsp.start_client({
        name = 'deliberation',
        cmd = cmd,
        root_dir = vim.fn.getcwd(),
        -- Messages in French by default; { deliberation = { locale = 'en' } } for English.
        settings = { deliberation = { locale = 'fr' } },
      })
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
