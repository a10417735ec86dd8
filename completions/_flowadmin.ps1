
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'flowadmin' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'flowadmin'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'flowadmin' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Find, check and create databases')
            [CompletionResult]::new('superuser', 'superuser', [CompletionResultType]::ParameterValue, 'Create a superuser, with Langflow''s gates (as `langflow superuser`)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'List, create, activate, deactivate, re-password and delete users (Flowfile: its users table)')
            [CompletionResult]::new('api-key', 'api-key', [CompletionResultType]::ParameterValue, 'Mint, list and revoke API keys (Flowfile: keys of an API consumer, --consumer NAME)')
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'Set, get, list, delete and repair global variables (Flowfile: its secrets; alias `secret`)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Set, get, list, delete and repair global variables (Flowfile: its secrets; alias `secret`)')
            [CompletionResult]::new('secret-key', 'secret-key', [CompletionResultType]::ParameterValue, 'Generate, rotate and check the secret key that encrypts every stored secret (Flowfile: its master key)')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'Declarative administration: export, diff and apply Langflow''s AdminState manifest (teams, roles, assignments) offline, in one transaction')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'List, create, update and delete teams and their members (Langflow 1.13, as `langflow admin teams`)')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'List, create, update and delete roles; grant and revoke them (Langflow 1.13, as `langflow admin roles`)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Audit the deployment: key drift, auth settings, key strength, file modes, accounts (read-only)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('locate', 'locate', [CompletionResultType]::ParameterValue, 'Show where the database, config dir and secret key are, and which rule decided each')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that the database is Langflow''s and that the secret key opens every encrypted value')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a scratch database with Langflow 1.13''s user, apikey, variable and folder tables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;db;locate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;db;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;db;help' {
            [CompletionResult]::new('locate', 'locate', [CompletionResultType]::ParameterValue, 'Show where the database, config dir and secret key are, and which rule decided each')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that the database is Langflow''s and that the secret key opens every encrypted value')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a scratch database with Langflow 1.13''s user, apikey, variable and folder tables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;db;help;locate' {
            break
        }
        'flowadmin;db;help;check' {
            break
        }
        'flowadmin;db;help;init' {
            break
        }
        'flowadmin;db;help;help' {
            break
        }
        'flowadmin;superuser' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The superuser''s name [env: LANGFLOW_SUPERUSER]')
            [CompletionResult]::new('--auth-token', '--auth-token', [CompletionResultType]::ParameterName, 'An active superuser''s API key as proof; prefer LANGFLOW_SUPERUSER_TOKEN, which stays out of the process list [env: LANGFLOW_SUPERUSER_TOKEN]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (one trailing newline is dropped)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users: name, active (or retired), superuser, created, last login, API key count')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an ordinary user (superusers: `flowadmin superuser`)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let a user log in again (idempotent)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop a user from logging in and its API keys from working (idempotent)')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a user''s password (the reset Langflow has no command for)')
            [CompletionResult]::new('verify-password', 'verify-password', [CompletionResultType]::ParameterValue, 'Check a password against a user''s stored hash (exit 0 if it matches, 4 if not)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and every row that points at it, after showing the plan')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;user;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;user;create' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Create it active (default: LANGFLOW_NEW_USER_IS_ACTIVE, false)')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Create it inactive')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (one trailing newline is dropped)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;user;activate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;user;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow deactivating the last active superuser')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;user;set-password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (one trailing newline is dropped)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;user;verify-password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (one trailing newline is dropped)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;user;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow deleting the last superuser')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;user;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users: name, active (or retired), superuser, created, last login, API key count')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an ordinary user (superusers: `flowadmin superuser`)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let a user log in again (idempotent)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop a user from logging in and its API keys from working (idempotent)')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a user''s password (the reset Langflow has no command for)')
            [CompletionResult]::new('verify-password', 'verify-password', [CompletionResultType]::ParameterValue, 'Check a password against a user''s stored hash (exit 0 if it matches, 4 if not)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and every row that points at it, after showing the plan')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;user;help;list' {
            break
        }
        'flowadmin;user;help;create' {
            break
        }
        'flowadmin;user;help;activate' {
            break
        }
        'flowadmin;user;help;deactivate' {
            break
        }
        'flowadmin;user;help;set-password' {
            break
        }
        'flowadmin;user;help;verify-password' {
            break
        }
        'flowadmin;user;help;delete' {
            break
        }
        'flowadmin;user;help;help' {
            break
        }
        'flowadmin;api-key' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Mint an API key, shown once (and copied to the clipboard on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List keys, masked as Langflow shows them (default: the configured superuser''s)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke (delete) a key by id, id prefix, name or the key itself, after confirmation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;api-key;create' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--consumer', '--consumer', [CompletionResultType]::ParameterName, 'Flowfile: the API consumer the key belongs to (its owner owns the key)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The key''s name')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Expiry: a duration (90s, 30m, 12h, 7d, 2w) or a UTC date/time (2027-01-31, 2027-01-31T12:00:00)')
            [CompletionResult]::new('--auth-token', '--auth-token', [CompletionResultType]::ParameterName, 'An active superuser''s API key as proof; prefer LANGFLOW_SUPERUSER_TOKEN, which stays out of the process list [env: LANGFLOW_SUPERUSER_TOKEN]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (one trailing newline is dropped)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;api-key;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user''s')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;api-key;revoke' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only look among this user''s keys')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;api-key;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Mint an API key, shown once (and copied to the clipboard on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List keys, masked as Langflow shows them (default: the configured superuser''s)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke (delete) a key by id, id prefix, name or the key itself, after confirmation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;api-key;help;create' {
            break
        }
        'flowadmin;api-key;help;list' {
            break
        }
        'flowadmin;api-key;help;revoke' {
            break
        }
        'flowadmin;api-key;help;help' {
            break
        }
        'flowadmin;variable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or update a variable; the value comes from stdin, a prompt or an environment variable')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a variable''s plaintext value (then one newline, unless --raw)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List variables: name, type, owner, updated, fields, and whether each decrypts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a variable, after confirmation')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Store the variables of a sealed bundle under this instance''s key, in one transaction')
            [CompletionResult]::new('repair', 'repair', [CompletionResultType]::ParameterValue, 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;secret' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or update a variable; the value comes from stdin, a prompt or an environment variable')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a variable''s plaintext value (then one newline, unless --raw)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List variables: name, type, owner, updated, fields, and whether each decrypts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a variable, after confirmation')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Store the variables of a sealed bundle under this instance''s key, in one transaction')
            [CompletionResult]::new('repair', 'repair', [CompletionResultType]::ParameterValue, 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;variable;set' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Credential (encrypted; the default for a new variable) or Generic')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A component field (display name) this variable fills by default; repeatable')
            [CompletionResult]::new('--value-env', '--value-env', [CompletionResultType]::ParameterName, 'Read the value from this environment variable')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The value itself, for Generic variables only (argv is visible to other users)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Keep stdin exactly, trailing newline included')
            [CompletionResult]::new('--allow-empty', '--allow-empty', [CompletionResultType]::ParameterName, 'Store an empty value (refused otherwise: an empty stdin is usually a failed pipeline)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;secret;set' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Credential (encrypted; the default for a new variable) or Generic')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A component field (display name) this variable fills by default; repeatable')
            [CompletionResult]::new('--value-env', '--value-env', [CompletionResultType]::ParameterName, 'Read the value from this environment variable')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The value itself, for Generic variables only (argv is visible to other users)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Keep stdin exactly, trailing newline included')
            [CompletionResult]::new('--allow-empty', '--allow-empty', [CompletionResultType]::ParameterName, 'Store an empty value (refused otherwise: an empty stdin is usually a failed pipeline)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;variable;get' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the value exactly, with no newline after it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;secret;get' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the value exactly, with no newline after it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;variable;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only variables of this type')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user''s')
            [CompletionResult]::new('--show-values', '--show-values', [CompletionResultType]::ParameterName, 'Include values (on a terminal, or with --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;secret;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only variables of this type')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user''s')
            [CompletionResult]::new('--show-values', '--show-values', [CompletionResultType]::ParameterName, 'Include values (on a terminal, or with --json)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;variable;delete' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Delete this row (dashed or plain id) when several share the name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;secret;delete' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Delete this row (dashed or plain id) when several share the name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;variable;export' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only variables whose name matches this glob (*, ?, [abc]); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The bundle to write (`-`: stdout, when it is not a terminal)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The bundle to write (`-`: stdout, when it is not a terminal)')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'Read the passphrase from this environment variable')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user''s')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'Read the passphrase from stdin (one trailing newline is dropped)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;secret;export' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s (default: LANGFLOW_SUPERUSER, else `langflow`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only variables whose name matches this glob (*, ?, [abc]); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The bundle to write (`-`: stdout, when it is not a terminal)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The bundle to write (`-`: stdout, when it is not a terminal)')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'Read the passphrase from this environment variable')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user''s')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'Read the passphrase from stdin (one trailing newline is dropped)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;variable;import' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Give every variable to this user instead of the user of the same name')
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'A variable the user already has: fail (write nothing), skip it, or overwrite it')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'Read the passphrase from this environment variable')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would be created, updated and skipped; write nothing')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'Read the passphrase from stdin (one trailing newline is dropped)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;secret;import' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Give every variable to this user instead of the user of the same name')
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'A variable the user already has: fail (write nothing), skip it, or overwrite it')
            [CompletionResult]::new('--passphrase-env', '--passphrase-env', [CompletionResultType]::ParameterName, 'Read the passphrase from this environment variable')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would be created, updated and skipped; write nothing')
            [CompletionResult]::new('--passphrase-stdin', '--passphrase-stdin', [CompletionResultType]::ParameterName, 'Read the passphrase from stdin (one trailing newline is dropped)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;variable;repair' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Count and check, change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;secret;repair' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Count and check, change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;variable;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or update a variable; the value comes from stdin, a prompt or an environment variable')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a variable''s plaintext value (then one newline, unless --raw)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List variables: name, type, owner, updated, fields, and whether each decrypts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a variable, after confirmation')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Store the variables of a sealed bundle under this instance''s key, in one transaction')
            [CompletionResult]::new('repair', 'repair', [CompletionResultType]::ParameterValue, 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;variable;help;set' {
            break
        }
        'flowadmin;variable;help;get' {
            break
        }
        'flowadmin;variable;help;list' {
            break
        }
        'flowadmin;variable;help;delete' {
            break
        }
        'flowadmin;variable;help;export' {
            break
        }
        'flowadmin;variable;help;import' {
            break
        }
        'flowadmin;variable;help;repair' {
            break
        }
        'flowadmin;variable;help;help' {
            break
        }
        'flowadmin;secret;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or update a variable; the value comes from stdin, a prompt or an environment variable')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a variable''s plaintext value (then one newline, unless --raw)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List variables: name, type, owner, updated, fields, and whether each decrypts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a variable, after confirmation')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Store the variables of a sealed bundle under this instance''s key, in one transaction')
            [CompletionResult]::new('repair', 'repair', [CompletionResultType]::ParameterValue, 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;secret;help;set' {
            break
        }
        'flowadmin;secret;help;get' {
            break
        }
        'flowadmin;secret;help;list' {
            break
        }
        'flowadmin;secret;help;delete' {
            break
        }
        'flowadmin;secret;help;export' {
            break
        }
        'flowadmin;secret;help;import' {
            break
        }
        'flowadmin;secret;help;repair' {
            break
        }
        'flowadmin;secret;help;help' {
            break
        }
        'flowadmin;secret-key' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new key (token_urlsafe(32), 43 characters); --write puts it in <config dir>/secret_key')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Re-encrypt every stored secret under a new key, verified before commit, crash-safe')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that the configured (or given) key opens every encrypted value; finish an interrupted rotation')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Undo a rotation: every value back under the key it replaced, nothing written since lost')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;secret-key;generate' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--write', '--write', [CompletionResultType]::ParameterName, 'Write it to <config dir>/secret_key instead of printing it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;secret-key;rotate' {
            [CompletionResult]::new('--new-key-file', '--new-key-file', [CompletionResultType]::ParameterName, 'The new key, from a file (default: a new generated key, shown once)')
            [CompletionResult]::new('--new-key-env', '--new-key-env', [CompletionResultType]::ParameterName, 'The new key, from this environment variable')
            [CompletionResult]::new('--old-key-file', '--old-key-file', [CompletionResultType]::ParameterName, 'Another old key that may open some values (a half-finished rotation); repeatable')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Decrypt and count everything, write nothing')
            [CompletionResult]::new('--no-backup', '--no-backup', [CompletionResultType]::ParameterName, 'Make no backup of the database (SQLite: its copy; PostgreSQL: the old values)')
            [CompletionResult]::new('--skip-undecryptable', '--skip-undecryptable', [CompletionResultType]::ParameterName, 'Leave values no old key opens as they are (and report them) instead of rolling back')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Rotate even though another process (PostgreSQL: another session) has the database open')
            [CompletionResult]::new('--allow-weak-key', '--allow-weak-key', [CompletionResultType]::ParameterName, 'Accept a given new key that doctor would flag as weak (short or low variety)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;secret-key;check' {
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Check this key instead of the configured one')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;secret-key;rollback' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Decrypt and count everything, write nothing')
            [CompletionResult]::new('--no-backup', '--no-backup', [CompletionResultType]::ParameterName, 'Make no backup of the database first')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Roll back even though another process (PostgreSQL: another session) has the database open')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;secret-key;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new key (token_urlsafe(32), 43 characters); --write puts it in <config dir>/secret_key')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Re-encrypt every stored secret under a new key, verified before commit, crash-safe')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that the configured (or given) key opens every encrypted value; finish an interrupted rotation')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Undo a rotation: every value back under the key it replaced, nothing written since lost')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;secret-key;help;generate' {
            break
        }
        'flowadmin;secret-key;help;rotate' {
            break
        }
        'flowadmin;secret-key;help;check' {
            break
        }
        'flowadmin;secret-key;help;rollback' {
            break
        }
        'flowadmin;secret-key;help;help' {
            break
        }
        'flowadmin;state' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the deployment''s users, teams, roles and assignments as a manifest (as `langflow admin export`)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change, in Langflow''s order (exit 3 on drift, 0 on none)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the deployment match a manifest, in one transaction (all or nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;state;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'yaml (the default; json with --json) or json')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE (atomically; a FIFO or character device is written into) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (atomically; a FIFO or character device is written into) instead of stdout')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write to FILE (atomically; a FIFO or character device is written into) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists (never the database, a key file, or the env file)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;state;diff' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also plan removals: memberships and role assignments the manifest does not list (never users, teams or roles)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;state;apply' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The superuser recorded as having made the changes (created_by, assigned_by); default: the first active superuser by name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove memberships and role assignments the manifest does not list (never users, teams or roles)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Take every step inside the transaction, then roll it back')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before pruning (needed for --prune when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before pruning (needed for --prune when stdin is not a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;state;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the deployment''s users, teams, roles and assignments as a manifest (as `langflow admin export`)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change, in Langflow''s order (exit 3 on drift, 0 on none)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the deployment match a manifest, in one transaction (all or nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;state;help;export' {
            break
        }
        'flowadmin;state;help;diff' {
            break
        }
        'flowadmin;state;help;apply' {
            break
        }
        'flowadmin;state;help;help' {
            break
        }
        'flowadmin;team' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the teams, with their manual members')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a team')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a team''s slug, name, description or state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a team and its memberships (never its users)')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add a user to a team (a manual membership)')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove a user''s manual membership of a team')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;team;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;team;create' {
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'Its display name (default: the slug)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'state')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;team;update' {
            [CompletionResult]::new('--new-adom-name', '--new-adom-name', [CompletionResultType]::ParameterName, 'A new slug')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'display-name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'state')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--clear-description', '--clear-description', [CompletionResultType]::ParameterName, 'clear-description')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;team;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;team;add-member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;team;remove-member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;team;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the teams, with their manual members')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a team')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a team''s slug, name, description or state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a team and its memberships (never its users)')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add a user to a team (a manual membership)')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove a user''s manual membership of a team')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;team;help;list' {
            break
        }
        'flowadmin;team;help;create' {
            break
        }
        'flowadmin;team;help;update' {
            break
        }
        'flowadmin;team;help;delete' {
            break
        }
        'flowadmin;team;help;add-member' {
            break
        }
        'flowadmin;team;help;remove-member' {
            break
        }
        'flowadmin;team;help;help' {
            break
        }
        'flowadmin;role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles (system roles too)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a custom role (system roles cannot be changed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role that no one holds')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user a role, globally or in a workspace or project')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a user''s manual role assignment away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;role;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;role;create' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'A permission slug (flow:read, deployment:*, user:manage...); repeatable')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission slug (flow:read, deployment:*, user:manage...); repeatable')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'The parent role''s name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;role;update' {
            [CompletionResult]::new('--new-name', '--new-name', [CompletionResultType]::ParameterName, 'new-name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The new permissions (replacing the old); repeatable')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'The new permissions (replacing the old); repeatable')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'parent')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--clear-permissions', '--clear-permissions', [CompletionResultType]::ParameterName, 'clear-permissions')
            [CompletionResult]::new('--clear-description', '--clear-description', [CompletionResultType]::ParameterName, 'clear-description')
            [CompletionResult]::new('--no-parent', '--no-parent', [CompletionResultType]::ParameterName, 'no-parent')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;role;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;role;grant' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'A team (not supported by Langflow OSS 1.13: refused)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'In this workspace (a UUID)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'In this project (a folder''s UUID)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;role;revoke' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'A team (not supported by Langflow OSS 1.13: refused)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'In this workspace (a UUID)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'In this project (a folder''s UUID)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;role;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles (system roles too)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a custom role (system roles cannot be changed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role that no one holds')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user a role, globally or in a workspace or project')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a user''s manual role assignment away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;role;help;list' {
            break
        }
        'flowadmin;role;help;create' {
            break
        }
        'flowadmin;role;help;update' {
            break
        }
        'flowadmin;role;help;delete' {
            break
        }
        'flowadmin;role;help;grant' {
            break
        }
        'flowadmin;role;help;revoke' {
            break
        }
        'flowadmin;role;help;help' {
            break
        }
        'flowadmin;doctor' {
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Run only this check, or every check in a group (`key`, `auth`...); repeatable')
            [CompletionResult]::new('--skip', '--skip', [CompletionResultType]::ParameterName, 'Leave out this check or group; repeatable')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 8 when a finding has this severity or a higher one')
            [CompletionResult]::new('--stale-days', '--stale-days', [CompletionResultType]::ParameterName, 'Accounts and API keys unused for this many days are stale')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Judge staleness as of this UTC date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS), not now: what will be stale by then')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Also try the key in this file (an old key kept elsewhere); repeatable')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--list-checks', '--list-checks', [CompletionResultType]::ParameterName, 'List every check (id, severity, product) and exit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts [env: FLOWADMIN_JSON]')
            [CompletionResult]::new('--no-clipboard', '--no-clipboard', [CompletionResultType]::ParameterName, 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: FLOWADMIN_YES]')
            [CompletionResult]::new('--allow-unknown-revision', '--allow-unknown-revision', [CompletionResultType]::ParameterName, 'Write even to a database at an Alembic revision flowadmin does not know')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'flowadmin;help' {
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Find, check and create databases')
            [CompletionResult]::new('superuser', 'superuser', [CompletionResultType]::ParameterValue, 'Create a superuser, with Langflow''s gates (as `langflow superuser`)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'List, create, activate, deactivate, re-password and delete users (Flowfile: its users table)')
            [CompletionResult]::new('api-key', 'api-key', [CompletionResultType]::ParameterValue, 'Mint, list and revoke API keys (Flowfile: keys of an API consumer, --consumer NAME)')
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'Set, get, list, delete and repair global variables (Flowfile: its secrets; alias `secret`)')
            [CompletionResult]::new('secret-key', 'secret-key', [CompletionResultType]::ParameterValue, 'Generate, rotate and check the secret key that encrypts every stored secret (Flowfile: its master key)')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'Declarative administration: export, diff and apply Langflow''s AdminState manifest (teams, roles, assignments) offline, in one transaction')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'List, create, update and delete teams and their members (Langflow 1.13, as `langflow admin teams`)')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'List, create, update and delete roles; grant and revoke them (Langflow 1.13, as `langflow admin roles`)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Audit the deployment: key drift, auth settings, key strength, file modes, accounts (read-only)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'flowadmin;help;db' {
            [CompletionResult]::new('locate', 'locate', [CompletionResultType]::ParameterValue, 'Show where the database, config dir and secret key are, and which rule decided each')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that the database is Langflow''s and that the secret key opens every encrypted value')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a scratch database with Langflow 1.13''s user, apikey, variable and folder tables')
            break
        }
        'flowadmin;help;db;locate' {
            break
        }
        'flowadmin;help;db;check' {
            break
        }
        'flowadmin;help;db;init' {
            break
        }
        'flowadmin;help;superuser' {
            break
        }
        'flowadmin;help;user' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users: name, active (or retired), superuser, created, last login, API key count')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an ordinary user (superusers: `flowadmin superuser`)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let a user log in again (idempotent)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop a user from logging in and its API keys from working (idempotent)')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a user''s password (the reset Langflow has no command for)')
            [CompletionResult]::new('verify-password', 'verify-password', [CompletionResultType]::ParameterValue, 'Check a password against a user''s stored hash (exit 0 if it matches, 4 if not)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user and every row that points at it, after showing the plan')
            break
        }
        'flowadmin;help;user;list' {
            break
        }
        'flowadmin;help;user;create' {
            break
        }
        'flowadmin;help;user;activate' {
            break
        }
        'flowadmin;help;user;deactivate' {
            break
        }
        'flowadmin;help;user;set-password' {
            break
        }
        'flowadmin;help;user;verify-password' {
            break
        }
        'flowadmin;help;user;delete' {
            break
        }
        'flowadmin;help;api-key' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Mint an API key, shown once (and copied to the clipboard on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List keys, masked as Langflow shows them (default: the configured superuser''s)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke (delete) a key by id, id prefix, name or the key itself, after confirmation')
            break
        }
        'flowadmin;help;api-key;create' {
            break
        }
        'flowadmin;help;api-key;list' {
            break
        }
        'flowadmin;help;api-key;revoke' {
            break
        }
        'flowadmin;help;variable' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or update a variable; the value comes from stdin, a prompt or an environment variable')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a variable''s plaintext value (then one newline, unless --raw)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List variables: name, type, owner, updated, fields, and whether each decrypts')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a variable, after confirmation')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Store the variables of a sealed bundle under this instance''s key, in one transaction')
            [CompletionResult]::new('repair', 'repair', [CompletionResultType]::ParameterValue, 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads')
            break
        }
        'flowadmin;help;variable;set' {
            break
        }
        'flowadmin;help;variable;get' {
            break
        }
        'flowadmin;help;variable;list' {
            break
        }
        'flowadmin;help;variable;delete' {
            break
        }
        'flowadmin;help;variable;export' {
            break
        }
        'flowadmin;help;variable;import' {
            break
        }
        'flowadmin;help;variable;repair' {
            break
        }
        'flowadmin;help;secret-key' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new key (token_urlsafe(32), 43 characters); --write puts it in <config dir>/secret_key')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Re-encrypt every stored secret under a new key, verified before commit, crash-safe')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check that the configured (or given) key opens every encrypted value; finish an interrupted rotation')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Undo a rotation: every value back under the key it replaced, nothing written since lost')
            break
        }
        'flowadmin;help;secret-key;generate' {
            break
        }
        'flowadmin;help;secret-key;rotate' {
            break
        }
        'flowadmin;help;secret-key;check' {
            break
        }
        'flowadmin;help;secret-key;rollback' {
            break
        }
        'flowadmin;help;state' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the deployment''s users, teams, roles and assignments as a manifest (as `langflow admin export`)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change, in Langflow''s order (exit 3 on drift, 0 on none)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the deployment match a manifest, in one transaction (all or nothing)')
            break
        }
        'flowadmin;help;state;export' {
            break
        }
        'flowadmin;help;state;diff' {
            break
        }
        'flowadmin;help;state;apply' {
            break
        }
        'flowadmin;help;team' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the teams, with their manual members')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a team')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a team''s slug, name, description or state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a team and its memberships (never its users)')
            [CompletionResult]::new('add-member', 'add-member', [CompletionResultType]::ParameterValue, 'Add a user to a team (a manual membership)')
            [CompletionResult]::new('remove-member', 'remove-member', [CompletionResultType]::ParameterValue, 'Remove a user''s manual membership of a team')
            break
        }
        'flowadmin;help;team;list' {
            break
        }
        'flowadmin;help;team;create' {
            break
        }
        'flowadmin;help;team;update' {
            break
        }
        'flowadmin;help;team;delete' {
            break
        }
        'flowadmin;help;team;add-member' {
            break
        }
        'flowadmin;help;team;remove-member' {
            break
        }
        'flowadmin;help;role' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles (system roles too)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a custom role (system roles cannot be changed)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role that no one holds')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user a role, globally or in a workspace or project')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a user''s manual role assignment away')
            break
        }
        'flowadmin;help;role;list' {
            break
        }
        'flowadmin;help;role;create' {
            break
        }
        'flowadmin;help;role;update' {
            break
        }
        'flowadmin;help;role;delete' {
            break
        }
        'flowadmin;help;role;grant' {
            break
        }
        'flowadmin;help;role;revoke' {
            break
        }
        'flowadmin;help;doctor' {
            break
        }
        'flowadmin;help;completions' {
            break
        }
        'flowadmin;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
