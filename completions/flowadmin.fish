# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_flowadmin_global_optspecs
    string join \n db= config-dir= env-file= json no-clipboard q/quiet y/yes allow-unknown-revision product= h/help V/version
end

function __fish_flowadmin_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_flowadmin_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_flowadmin_using_subcommand
    set -l cmd (__fish_flowadmin_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c flowadmin -n "__fish_flowadmin_needs_command" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_needs_command" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_needs_command" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_needs_command" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_needs_command" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "db" -d 'Find, check and create databases'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "superuser" -d 'Create a superuser, with Langflow\'s gates (as `langflow superuser`)'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "user" -d 'List, create, activate, deactivate, re-password and delete users (Flowfile: its users table)'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "api-key" -d 'Mint, list and revoke API keys (Flowfile: keys of an API consumer, --consumer NAME)'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "variable" -d 'Set, get, list, delete and repair global variables (Flowfile: its secrets; alias `secret`)'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "secret" -d 'Set, get, list, delete and repair global variables (Flowfile: its secrets; alias `secret`)'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "secret-key" -d 'Generate, rotate and check the secret key that encrypts every stored secret (Flowfile: its master key)'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "state" -d 'Declarative administration: export, diff and apply Langflow\'s AdminState manifest (teams, roles, assignments) offline, in one transaction'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "team" -d 'List, create, update and delete teams and their members (Langflow 1.13, as `langflow admin teams`)'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "role" -d 'List, create, update and delete roles; grant and revoke them (Langflow 1.13, as `langflow admin roles`)'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "doctor" -d 'Audit the deployment: key drift, auth settings, key strength, file modes, accounts (read-only)'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c flowadmin -n "__fish_flowadmin_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -f -a "locate" -d 'Show where the database, config dir and secret key are, and which rule decided each'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -f -a "check" -d 'Check that the database is Langflow\'s and that the secret key opens every encrypted value'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -f -a "init" -d 'Create a scratch database with Langflow 1.13\'s user, apikey, variable and folder tables'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and not __fish_seen_subcommand_from locate check init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from locate" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from locate" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from locate" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from locate" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from locate" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from locate" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from locate" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from locate" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from locate" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from locate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from locate" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from check" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from check" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from check" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from check" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from check" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from check" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from init" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from init" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from init" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from init" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from init" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from init" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from init" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from init" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "locate" -d 'Show where the database, config dir and secret key are, and which rule decided each'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check that the database is Langflow\'s and that the secret key opens every encrypted value'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create a scratch database with Langflow 1.13\'s user, apikey, variable and folder tables'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -l username -d 'The superuser\'s name [env: LANGFLOW_SUPERUSER]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -l auth-token -d 'An active superuser\'s API key as proof; prefer LANGFLOW_SUPERUSER_TOKEN, which stays out of the process list [env: LANGFLOW_SUPERUSER_TOKEN]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -l password-stdin -d 'Read the password from stdin (one trailing newline is dropped)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand superuser" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -f -a "list" -d 'List users: name, active (or retired), superuser, created, last login, API key count'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -f -a "create" -d 'Create an ordinary user (superusers: `flowadmin superuser`)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -f -a "activate" -d 'Let a user log in again (idempotent)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -f -a "deactivate" -d 'Stop a user from logging in and its API keys from working (idempotent)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -f -a "set-password" -d 'Set a user\'s password (the reset Langflow has no command for)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -f -a "verify-password" -d 'Check a password against a user\'s stored hash (exit 0 if it matches, 4 if not)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -f -a "delete" -d 'Delete a user and every row that points at it, after showing the plan'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and not __fish_seen_subcommand_from list create activate deactivate set-password verify-password delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from list" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from list" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from list" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from list" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from list" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -l active -d 'Create it active (default: LANGFLOW_NEW_USER_IS_ACTIVE, false)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -l inactive -d 'Create it inactive'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from stdin (one trailing newline is dropped)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from activate" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from activate" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from activate" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from activate" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from activate" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from activate" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from activate" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l force -d 'Allow deactivating the last active superuser'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -l password-stdin -d 'Read the password from stdin (one trailing newline is dropped)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from set-password" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -l password-stdin -d 'Read the password from stdin (one trailing newline is dropped)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from verify-password" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the plan and change nothing'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -l force -d 'Allow deleting the last superuser'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users: name, active (or retired), superuser, created, last login, API key count'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an ordinary user (superusers: `flowadmin superuser`)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Let a user log in again (idempotent)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Stop a user from logging in and its API keys from working (idempotent)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set-password" -d 'Set a user\'s password (the reset Langflow has no command for)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "verify-password" -d 'Check a password against a user\'s stored hash (exit 0 if it matches, 4 if not)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user and every row that points at it, after showing the plan'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -f -a "create" -d 'Mint an API key, shown once (and copied to the clipboard on a terminal)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -f -a "list" -d 'List keys, masked as Langflow shows them (default: the configured superuser\'s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -f -a "revoke" -d 'Revoke (delete) a key by id, id prefix, name or the key itself, after confirmation'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l user -d 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l consumer -d 'Flowfile: the API consumer the key belongs to (its owner owns the key)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l name -d 'The key\'s name' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l expires -d 'Expiry: a duration (90s, 30m, 12h, 7d, 2w) or a UTC date/time (2027-01-31, 2027-01-31T12:00:00)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l auth-token -d 'An active superuser\'s API key as proof; prefer LANGFLOW_SUPERUSER_TOKEN, which stays out of the process list [env: LANGFLOW_SUPERUSER_TOKEN]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from stdin (one trailing newline is dropped)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -l all -d 'Every user\'s'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l user -d 'Only look among this user\'s keys' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "create" -d 'Mint an API key, shown once (and copied to the clipboard on a terminal)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List keys, masked as Langflow shows them (default: the configured superuser\'s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke (delete) a key by id, id prefix, name or the key itself, after confirmation'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "set" -d 'Create or update a variable; the value comes from stdin, a prompt or an environment variable'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "get" -d 'Print a variable\'s plaintext value (then one newline, unless --raw)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "list" -d 'List variables: name, type, owner, updated, fields, and whether each decrypts'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "delete" -d 'Delete a variable, after confirmation'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "export" -d 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "import" -d 'Store the variables of a sealed bundle under this instance\'s key, in one transaction'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "repair" -d 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l type -d 'Credential (encrypted; the default for a new variable) or Generic' -r -f -a "credential\t''
generic\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l user -d 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l field -d 'A component field (display name) this variable fills by default; repeatable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l value-env -d 'Read the value from this environment variable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l value -d 'The value itself, for Generic variables only (argv is visible to other users)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l raw -d 'Keep stdin exactly, trailing newline included'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l allow-empty -d 'Store an empty value (refused otherwise: an empty stdin is usually a failed pipeline)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -l user -d 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -l raw -d 'Print the value exactly, with no newline after it'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -l type -d 'Only variables of this type' -r -f -a "credential\t''
generic\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -l all -d 'Every user\'s'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -l show-values -d 'Include values (on a terminal, or with --json)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -l user -d 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -l id -d 'Delete this row (dashed or plain id) when several share the name' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l user -d 'Only this user\'s (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l name -d 'Only variables whose name matches this glob (*, ?, [abc]); repeatable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -s o -l output -d 'The bundle to write (`-`: stdout, when it is not a terminal)' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l passphrase-env -d 'Read the passphrase from this environment variable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l all -d 'Every user\'s'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l force -d 'Replace FILE if it exists'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l passphrase-stdin -d 'Read the passphrase from stdin (one trailing newline is dropped)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l user -d 'Give every variable to this user instead of the user of the same name' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l on-conflict -d 'A variable the user already has: fail (write nothing), skip it, or overwrite it' -r -f -a "skip\t''
overwrite\t''
fail\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l passphrase-env -d 'Read the passphrase from this environment variable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l dry-run -d 'Report what would be created, updated and skipped; write nothing'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l passphrase-stdin -d 'Read the passphrase from stdin (one trailing newline is dropped)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -l dry-run -d 'Count and check, change nothing'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from repair" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or update a variable; the value comes from stdin, a prompt or an environment variable'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a variable\'s plaintext value (then one newline, unless --raw)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from help" -f -a "list" -d 'List variables: name, type, owner, updated, fields, and whether each decrypts'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a variable, after confirmation'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from help" -f -a "import" -d 'Store the variables of a sealed bundle under this instance\'s key, in one transaction'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from help" -f -a "repair" -d 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand variable; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "set" -d 'Create or update a variable; the value comes from stdin, a prompt or an environment variable'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "get" -d 'Print a variable\'s plaintext value (then one newline, unless --raw)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "list" -d 'List variables: name, type, owner, updated, fields, and whether each decrypts'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "delete" -d 'Delete a variable, after confirmation'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "export" -d 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "import" -d 'Store the variables of a sealed bundle under this instance\'s key, in one transaction'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "repair" -d 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and not __fish_seen_subcommand_from set get list delete export import repair help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l type -d 'Credential (encrypted; the default for a new variable) or Generic' -r -f -a "credential\t''
generic\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l user -d 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l field -d 'A component field (display name) this variable fills by default; repeatable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l value-env -d 'Read the value from this environment variable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l value -d 'The value itself, for Generic variables only (argv is visible to other users)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l raw -d 'Keep stdin exactly, trailing newline included'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l allow-empty -d 'Store an empty value (refused otherwise: an empty stdin is usually a failed pipeline)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -l user -d 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -l raw -d 'Print the value exactly, with no newline after it'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -l type -d 'Only variables of this type' -r -f -a "credential\t''
generic\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -l all -d 'Every user\'s'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -l show-values -d 'Include values (on a terminal, or with --json)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -l user -d 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -l id -d 'Delete this row (dashed or plain id) when several share the name' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l user -d 'Only this user\'s (default: LANGFLOW_SUPERUSER, else `langflow`)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l name -d 'Only variables whose name matches this glob (*, ?, [abc]); repeatable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -s o -l output -d 'The bundle to write (`-`: stdout, when it is not a terminal)' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l passphrase-env -d 'Read the passphrase from this environment variable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l all -d 'Every user\'s'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l force -d 'Replace FILE if it exists'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l passphrase-stdin -d 'Read the passphrase from stdin (one trailing newline is dropped)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l user -d 'Give every variable to this user instead of the user of the same name' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l on-conflict -d 'A variable the user already has: fail (write nothing), skip it, or overwrite it' -r -f -a "skip\t''
overwrite\t''
fail\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l passphrase-env -d 'Read the passphrase from this environment variable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l dry-run -d 'Report what would be created, updated and skipped; write nothing'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l passphrase-stdin -d 'Read the passphrase from stdin (one trailing newline is dropped)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -l dry-run -d 'Count and check, change nothing'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from repair" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or update a variable; the value comes from stdin, a prompt or an environment variable'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a variable\'s plaintext value (then one newline, unless --raw)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "list" -d 'List variables: name, type, owner, updated, fields, and whether each decrypts'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a variable, after confirmation'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "import" -d 'Store the variables of a sealed bundle under this instance\'s key, in one transaction'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "repair" -d 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -f -a "generate" -d 'Make a new key (token_urlsafe(32), 43 characters); --write puts it in <config dir>/secret_key'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -f -a "rotate" -d 'Re-encrypt every stored secret under a new key, verified before commit, crash-safe'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -f -a "check" -d 'Check that the configured (or given) key opens every encrypted value; finish an interrupted rotation'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -f -a "rollback" -d 'Undo a rotation: every value back under the key it replaced, nothing written since lost'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and not __fish_seen_subcommand_from generate rotate check rollback help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -l format -r -f -a "env\t'LANGFLOW_SECRET_KEY=<key>'
raw\t'The key alone'
json\t'{"LANGFLOW_SECRET_KEY": "<key>"}'"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -l write -d 'Write it to <config dir>/secret_key instead of printing it'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l new-key-file -d 'The new key, from a file (default: a new generated key, shown once)' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l new-key-env -d 'The new key, from this environment variable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l old-key-file -d 'Another old key that may open some values (a half-finished rotation); repeatable' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l dry-run -d 'Decrypt and count everything, write nothing'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l no-backup -d 'Make no backup of the database (SQLite: its copy; PostgreSQL: the old values)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l skip-undecryptable -d 'Leave values no old key opens as they are (and report them) instead of rolling back'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l force -d 'Rotate even though another process (PostgreSQL: another session) has the database open'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l allow-weak-key -d 'Accept a given new key that doctor would flag as weak (short or low variety)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -l key-file -d 'Check this key instead of the configured one' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -l dry-run -d 'Decrypt and count everything, write nothing'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -l no-backup -d 'Make no backup of the database first'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -l force -d 'Roll back even though another process (PostgreSQL: another session) has the database open'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Make a new key (token_urlsafe(32), 43 characters); --write puts it in <config dir>/secret_key'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Re-encrypt every stored secret under a new key, verified before commit, crash-safe'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check that the configured (or given) key opens every encrypted value; finish an interrupted rotation'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Undo a rotation: every value back under the key it replaced, nothing written since lost'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand secret-key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -f -a "export" -d 'Print the deployment\'s users, teams, roles and assignments as a manifest (as `langflow admin export`)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -f -a "diff" -d 'Show what `apply` would change, in Langflow\'s order (exit 3 on drift, 0 on none)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -f -a "apply" -d 'Make the deployment match a manifest, in one transaction (all or nothing)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and not __fish_seen_subcommand_from export diff apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -l format -d 'yaml (the default; json with --json) or json' -r -f -a "yaml\t''
json\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -s o -l output -l file -d 'Write to FILE (atomically; a FIFO or character device is written into) instead of stdout' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -l force -d 'Replace FILE if it exists (never the database, a key file, or the env file)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -l prune -d 'Also plan removals: memberships and role assignments the manifest does not list (never users, teams or roles)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -l as -d 'The superuser recorded as having made the changes (created_by, assigned_by); default: the first active superuser by name' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -l prune -d 'Also remove memberships and role assignments the manifest does not list (never users, teams or roles)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -l dry-run -d 'Take every step inside the transaction, then roll it back'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Do not ask before pruning (needed for --prune when stdin is not a terminal)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print the deployment\'s users, teams, roles and assignments as a manifest (as `langflow admin export`)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what `apply` would change, in Langflow\'s order (exit 3 on drift, 0 on none)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make the deployment match a manifest, in one transaction (all or nothing)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -f -a "list" -d 'List the teams, with their manual members'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -f -a "create" -d 'Create a team'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -f -a "update" -d 'Change a team\'s slug, name, description or state'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -f -a "delete" -d 'Delete a team and its memberships (never its users)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -f -a "add-member" -d 'Add a user to a team (a manual membership)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -f -a "remove-member" -d 'Remove a user\'s manual membership of a team'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and not __fish_seen_subcommand_from list create update delete add-member remove-member help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from list" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from list" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from list" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from list" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from list" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from list" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -l display-name -d 'Its display name (default: the slug)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -l description -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -l state -r -f -a "active\t''
disabled\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l new-adom-name -d 'A new slug' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l display-name -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l description -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l state -r -f -a "active\t''
disabled\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l clear-description
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from delete" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from delete" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from delete" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from delete" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from delete" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from delete" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from add-member" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from add-member" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from add-member" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from add-member" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from add-member" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from add-member" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from add-member" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from add-member" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from add-member" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from add-member" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from add-member" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from remove-member" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from remove-member" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from remove-member" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from remove-member" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from remove-member" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from remove-member" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from remove-member" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from remove-member" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from remove-member" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from remove-member" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from remove-member" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the teams, with their manual members'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a team'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a team\'s slug, name, description or state'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a team and its memberships (never its users)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "add-member" -d 'Add a user to a team (a manual membership)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "remove-member" -d 'Remove a user\'s manual membership of a team'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -f -a "list" -d 'List the roles (system roles too)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -f -a "create" -d 'Create a custom role'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -f -a "update" -d 'Change a custom role (system roles cannot be changed)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -f -a "delete" -d 'Delete a custom role that no one holds'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -f -a "grant" -d 'Give a user a role, globally or in a workspace or project'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -f -a "revoke" -d 'Take a user\'s manual role assignment away'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and not __fish_seen_subcommand_from list create update delete grant revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from list" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from list" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from list" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from list" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from list" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from list" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -s p -l permission -d 'A permission slug (flow:read, deployment:*, user:manage...); repeatable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -l description -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -l parent -d 'The parent role\'s name' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l new-name -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -s p -l permission -d 'The new permissions (replacing the old); repeatable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l description -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l parent -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l clear-permissions
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l clear-description
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l no-parent
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from delete" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from delete" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from delete" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from delete" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from delete" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from delete" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -l user -d 'The user' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -l team -d 'A team (not supported by Langflow OSS 1.13: refused)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -l workspace -d 'In this workspace (a UUID)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -l project -d 'In this project (a folder\'s UUID)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -l user -d 'The user' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -l team -d 'A team (not supported by Langflow OSS 1.13: refused)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -l workspace -d 'In this workspace (a UUID)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -l project -d 'In this project (a folder\'s UUID)' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the roles (system roles too)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a custom role'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a custom role (system roles cannot be changed)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a custom role that no one holds'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Give a user a role, globally or in a workspace or project'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take a user\'s manual role assignment away'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l check -d 'Run only this check, or every check in a group (`key`, `auth`...); repeatable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l skip -d 'Leave out this check or group; repeatable' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l fail-on -d 'Exit 8 when a finding has this severity or a higher one' -r -f -a "info\t''
warning\t''
critical\t''
never\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l stale-days -d 'Accounts and API keys unused for this many days are stale' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l as-of -d 'Judge staleness as of this UTC date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS), not now: what will be stale by then' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l key-file -d 'Also try the key in this file (an old key kept elsewhere); repeatable' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l list-checks -d 'List every check (id, severity, product) and exit'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand completions" -l db -d 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]' -r
complete -c flowadmin -n "__fish_flowadmin_using_subcommand completions" -l config-dir -d 'Langflow\'s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand completions" -l env-file -d 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]' -r -F
complete -c flowadmin -n "__fish_flowadmin_using_subcommand completions" -l product -d 'Which product\'s database and keys: langflow or flowfile (default: found from --db\'s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]' -r -f -a "langflow\t''
flowfile\t''"
complete -c flowadmin -n "__fish_flowadmin_using_subcommand completions" -l json -d 'Print JSON for scripts [env: FLOWADMIN_JSON]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand completions" -l no-clipboard -d 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand completions" -s q -l quiet -d 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations [env: FLOWADMIN_YES]'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand completions" -l allow-unknown-revision -d 'Write even to a database at an Alembic revision flowadmin does not know'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand completions" -s h -l help -d 'Print help'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand completions" -s V -l version -d 'Print version'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "db" -d 'Find, check and create databases'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "superuser" -d 'Create a superuser, with Langflow\'s gates (as `langflow superuser`)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "user" -d 'List, create, activate, deactivate, re-password and delete users (Flowfile: its users table)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "api-key" -d 'Mint, list and revoke API keys (Flowfile: keys of an API consumer, --consumer NAME)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "variable" -d 'Set, get, list, delete and repair global variables (Flowfile: its secrets; alias `secret`)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "secret-key" -d 'Generate, rotate and check the secret key that encrypts every stored secret (Flowfile: its master key)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "state" -d 'Declarative administration: export, diff and apply Langflow\'s AdminState manifest (teams, roles, assignments) offline, in one transaction'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "team" -d 'List, create, update and delete teams and their members (Langflow 1.13, as `langflow admin teams`)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "role" -d 'List, create, update and delete roles; grant and revoke them (Langflow 1.13, as `langflow admin roles`)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "doctor" -d 'Audit the deployment: key drift, auth settings, key strength, file modes, accounts (read-only)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and not __fish_seen_subcommand_from db superuser user api-key variable secret-key state team role doctor completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "locate" -d 'Show where the database, config dir and secret key are, and which rule decided each'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check that the database is Langflow\'s and that the secret key opens every encrypted value'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "init" -d 'Create a scratch database with Langflow 1.13\'s user, apikey, variable and folder tables'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users: name, active (or retired), superuser, created, last login, API key count'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "create" -d 'Create an ordinary user (superusers: `flowadmin superuser`)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "activate" -d 'Let a user log in again (idempotent)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "deactivate" -d 'Stop a user from logging in and its API keys from working (idempotent)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set-password" -d 'Set a user\'s password (the reset Langflow has no command for)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "verify-password" -d 'Check a password against a user\'s stored hash (exit 0 if it matches, 4 if not)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user and every row that points at it, after showing the plan'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from api-key" -f -a "create" -d 'Mint an API key, shown once (and copied to the clipboard on a terminal)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from api-key" -f -a "list" -d 'List keys, masked as Langflow shows them (default: the configured superuser\'s)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from api-key" -f -a "revoke" -d 'Revoke (delete) a key by id, id prefix, name or the key itself, after confirmation'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from variable" -f -a "set" -d 'Create or update a variable; the value comes from stdin, a prompt or an environment variable'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from variable" -f -a "get" -d 'Print a variable\'s plaintext value (then one newline, unless --raw)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from variable" -f -a "list" -d 'List variables: name, type, owner, updated, fields, and whether each decrypts'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from variable" -f -a "delete" -d 'Delete a variable, after confirmation'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from variable" -f -a "export" -d 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from variable" -f -a "import" -d 'Store the variables of a sealed bundle under this instance\'s key, in one transaction'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from variable" -f -a "repair" -d 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from secret-key" -f -a "generate" -d 'Make a new key (token_urlsafe(32), 43 characters); --write puts it in <config dir>/secret_key'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from secret-key" -f -a "rotate" -d 'Re-encrypt every stored secret under a new key, verified before commit, crash-safe'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from secret-key" -f -a "check" -d 'Check that the configured (or given) key opens every encrypted value; finish an interrupted rotation'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from secret-key" -f -a "rollback" -d 'Undo a rotation: every value back under the key it replaced, nothing written since lost'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from state" -f -a "export" -d 'Print the deployment\'s users, teams, roles and assignments as a manifest (as `langflow admin export`)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from state" -f -a "diff" -d 'Show what `apply` would change, in Langflow\'s order (exit 3 on drift, 0 on none)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from state" -f -a "apply" -d 'Make the deployment match a manifest, in one transaction (all or nothing)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "list" -d 'List the teams, with their manual members'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "create" -d 'Create a team'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "update" -d 'Change a team\'s slug, name, description or state'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "delete" -d 'Delete a team and its memberships (never its users)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "add-member" -d 'Add a user to a team (a manual membership)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "remove-member" -d 'Remove a user\'s manual membership of a team'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List the roles (system roles too)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "create" -d 'Create a custom role'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "update" -d 'Change a custom role (system roles cannot be changed)'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a custom role that no one holds'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "grant" -d 'Give a user a role, globally or in a workspace or project'
complete -c flowadmin -n "__fish_flowadmin_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "revoke" -d 'Take a user\'s manual role assignment away'
