
use builtin;
use str;

set edit:completion:arg-completer[flowadmin] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'flowadmin'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'flowadmin'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand db 'Find, check and create databases'
            cand superuser 'Create a superuser, with Langflow''s gates (as `langflow superuser`)'
            cand user 'List, create, activate, deactivate, re-password and delete users (Flowfile: its users table)'
            cand api-key 'Mint, list and revoke API keys (Flowfile: keys of an API consumer, --consumer NAME)'
            cand variable 'Set, get, list, delete and repair global variables (Flowfile: its secrets; alias `secret`)'
            cand secret 'Set, get, list, delete and repair global variables (Flowfile: its secrets; alias `secret`)'
            cand secret-key 'Generate, rotate and check the secret key that encrypts every stored secret (Flowfile: its master key)'
            cand state 'Declarative administration: export, diff and apply Langflow''s AdminState manifest (teams, roles, assignments) offline, in one transaction'
            cand team 'List, create, update and delete teams and their members (Langflow 1.13, as `langflow admin teams`)'
            cand role 'List, create, update and delete roles; grant and revoke them (Langflow 1.13, as `langflow admin roles`)'
            cand doctor 'Audit the deployment: key drift, auth settings, key strength, file modes, accounts (read-only)'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;db'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand locate 'Show where the database, config dir and secret key are, and which rule decided each'
            cand check 'Check that the database is Langflow''s and that the secret key opens every encrypted value'
            cand init 'Create a scratch database with Langflow 1.13''s user, apikey, variable and folder tables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;db;locate'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;db;check'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;db;init'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;db;help'= {
            cand locate 'Show where the database, config dir and secret key are, and which rule decided each'
            cand check 'Check that the database is Langflow''s and that the secret key opens every encrypted value'
            cand init 'Create a scratch database with Langflow 1.13''s user, apikey, variable and folder tables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;db;help;locate'= {
        }
        &'flowadmin;db;help;check'= {
        }
        &'flowadmin;db;help;init'= {
        }
        &'flowadmin;db;help;help'= {
        }
        &'flowadmin;superuser'= {
            cand --username 'The superuser''s name [env: LANGFLOW_SUPERUSER]'
            cand --auth-token 'An active superuser''s API key as proof; prefer LANGFLOW_SUPERUSER_TOKEN, which stays out of the process list [env: LANGFLOW_SUPERUSER_TOKEN]'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --password-stdin 'Read the password from stdin (one trailing newline is dropped)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;user'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List users: name, active (or retired), superuser, created, last login, API key count'
            cand create 'Create an ordinary user (superusers: `flowadmin superuser`)'
            cand activate 'Let a user log in again (idempotent)'
            cand deactivate 'Stop a user from logging in and its API keys from working (idempotent)'
            cand set-password 'Set a user''s password (the reset Langflow has no command for)'
            cand verify-password 'Check a password against a user''s stored hash (exit 0 if it matches, 4 if not)'
            cand delete 'Delete a user and every row that points at it, after showing the plan'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;user;list'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;user;create'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --active 'Create it active (default: LANGFLOW_NEW_USER_IS_ACTIVE, false)'
            cand --inactive 'Create it inactive'
            cand --password-stdin 'Read the password from stdin (one trailing newline is dropped)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;user;activate'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;user;deactivate'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --force 'Allow deactivating the last active superuser'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;user;set-password'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --password-stdin 'Read the password from stdin (one trailing newline is dropped)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;user;verify-password'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --password-stdin 'Read the password from stdin (one trailing newline is dropped)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;user;delete'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --dry-run 'Print the plan and change nothing'
            cand --force 'Allow deleting the last superuser'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;user;help'= {
            cand list 'List users: name, active (or retired), superuser, created, last login, API key count'
            cand create 'Create an ordinary user (superusers: `flowadmin superuser`)'
            cand activate 'Let a user log in again (idempotent)'
            cand deactivate 'Stop a user from logging in and its API keys from working (idempotent)'
            cand set-password 'Set a user''s password (the reset Langflow has no command for)'
            cand verify-password 'Check a password against a user''s stored hash (exit 0 if it matches, 4 if not)'
            cand delete 'Delete a user and every row that points at it, after showing the plan'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;user;help;list'= {
        }
        &'flowadmin;user;help;create'= {
        }
        &'flowadmin;user;help;activate'= {
        }
        &'flowadmin;user;help;deactivate'= {
        }
        &'flowadmin;user;help;set-password'= {
        }
        &'flowadmin;user;help;verify-password'= {
        }
        &'flowadmin;user;help;delete'= {
        }
        &'flowadmin;user;help;help'= {
        }
        &'flowadmin;api-key'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Mint an API key, shown once (and copied to the clipboard on a terminal)'
            cand list 'List keys, masked as Langflow shows them (default: the configured superuser''s)'
            cand revoke 'Revoke (delete) a key by id, id prefix, name or the key itself, after confirmation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;api-key;create'= {
            cand --user 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --consumer 'Flowfile: the API consumer the key belongs to (its owner owns the key)'
            cand --name 'The key''s name'
            cand --expires 'Expiry: a duration (90s, 30m, 12h, 7d, 2w) or a UTC date/time (2027-01-31, 2027-01-31T12:00:00)'
            cand --auth-token 'An active superuser''s API key as proof; prefer LANGFLOW_SUPERUSER_TOKEN, which stays out of the process list [env: LANGFLOW_SUPERUSER_TOKEN]'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --password-stdin 'Read the password from stdin (one trailing newline is dropped)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;api-key;list'= {
            cand --user 'Only this user''s (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --all 'Every user''s'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;api-key;revoke'= {
            cand --user 'Only look among this user''s keys'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;api-key;help'= {
            cand create 'Mint an API key, shown once (and copied to the clipboard on a terminal)'
            cand list 'List keys, masked as Langflow shows them (default: the configured superuser''s)'
            cand revoke 'Revoke (delete) a key by id, id prefix, name or the key itself, after confirmation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;api-key;help;create'= {
        }
        &'flowadmin;api-key;help;list'= {
        }
        &'flowadmin;api-key;help;revoke'= {
        }
        &'flowadmin;api-key;help;help'= {
        }
        &'flowadmin;variable'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Create or update a variable; the value comes from stdin, a prompt or an environment variable'
            cand get 'Print a variable''s plaintext value (then one newline, unless --raw)'
            cand list 'List variables: name, type, owner, updated, fields, and whether each decrypts'
            cand delete 'Delete a variable, after confirmation'
            cand export 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)'
            cand import 'Store the variables of a sealed bundle under this instance''s key, in one transaction'
            cand repair 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;secret'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Create or update a variable; the value comes from stdin, a prompt or an environment variable'
            cand get 'Print a variable''s plaintext value (then one newline, unless --raw)'
            cand list 'List variables: name, type, owner, updated, fields, and whether each decrypts'
            cand delete 'Delete a variable, after confirmation'
            cand export 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)'
            cand import 'Store the variables of a sealed bundle under this instance''s key, in one transaction'
            cand repair 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;variable;set'= {
            cand --type 'Credential (encrypted; the default for a new variable) or Generic'
            cand --user 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --field 'A component field (display name) this variable fills by default; repeatable'
            cand --value-env 'Read the value from this environment variable'
            cand --value 'The value itself, for Generic variables only (argv is visible to other users)'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --raw 'Keep stdin exactly, trailing newline included'
            cand --allow-empty 'Store an empty value (refused otherwise: an empty stdin is usually a failed pipeline)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;secret;set'= {
            cand --type 'Credential (encrypted; the default for a new variable) or Generic'
            cand --user 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --field 'A component field (display name) this variable fills by default; repeatable'
            cand --value-env 'Read the value from this environment variable'
            cand --value 'The value itself, for Generic variables only (argv is visible to other users)'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --raw 'Keep stdin exactly, trailing newline included'
            cand --allow-empty 'Store an empty value (refused otherwise: an empty stdin is usually a failed pipeline)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;variable;get'= {
            cand --user 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --raw 'Print the value exactly, with no newline after it'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;secret;get'= {
            cand --user 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --raw 'Print the value exactly, with no newline after it'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;variable;list'= {
            cand --user 'Only this user''s (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --type 'Only variables of this type'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --all 'Every user''s'
            cand --show-values 'Include values (on a terminal, or with --json)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;secret;list'= {
            cand --user 'Only this user''s (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --type 'Only variables of this type'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --all 'Every user''s'
            cand --show-values 'Include values (on a terminal, or with --json)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;variable;delete'= {
            cand --user 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --id 'Delete this row (dashed or plain id) when several share the name'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;secret;delete'= {
            cand --user 'The owner (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --id 'Delete this row (dashed or plain id) when several share the name'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;variable;export'= {
            cand --user 'Only this user''s (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --name 'Only variables whose name matches this glob (*, ?, [abc]); repeatable'
            cand -o 'The bundle to write (`-`: stdout, when it is not a terminal)'
            cand --output 'The bundle to write (`-`: stdout, when it is not a terminal)'
            cand --passphrase-env 'Read the passphrase from this environment variable'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --all 'Every user''s'
            cand --force 'Replace FILE if it exists'
            cand --passphrase-stdin 'Read the passphrase from stdin (one trailing newline is dropped)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;secret;export'= {
            cand --user 'Only this user''s (default: LANGFLOW_SUPERUSER, else `langflow`)'
            cand --name 'Only variables whose name matches this glob (*, ?, [abc]); repeatable'
            cand -o 'The bundle to write (`-`: stdout, when it is not a terminal)'
            cand --output 'The bundle to write (`-`: stdout, when it is not a terminal)'
            cand --passphrase-env 'Read the passphrase from this environment variable'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --all 'Every user''s'
            cand --force 'Replace FILE if it exists'
            cand --passphrase-stdin 'Read the passphrase from stdin (one trailing newline is dropped)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;variable;import'= {
            cand --user 'Give every variable to this user instead of the user of the same name'
            cand --on-conflict 'A variable the user already has: fail (write nothing), skip it, or overwrite it'
            cand --passphrase-env 'Read the passphrase from this environment variable'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --dry-run 'Report what would be created, updated and skipped; write nothing'
            cand --passphrase-stdin 'Read the passphrase from stdin (one trailing newline is dropped)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;secret;import'= {
            cand --user 'Give every variable to this user instead of the user of the same name'
            cand --on-conflict 'A variable the user already has: fail (write nothing), skip it, or overwrite it'
            cand --passphrase-env 'Read the passphrase from this environment variable'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --dry-run 'Report what would be created, updated and skipped; write nothing'
            cand --passphrase-stdin 'Read the passphrase from stdin (one trailing newline is dropped)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;variable;repair'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --dry-run 'Count and check, change nothing'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;secret;repair'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --dry-run 'Count and check, change nothing'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;variable;help'= {
            cand set 'Create or update a variable; the value comes from stdin, a prompt or an environment variable'
            cand get 'Print a variable''s plaintext value (then one newline, unless --raw)'
            cand list 'List variables: name, type, owner, updated, fields, and whether each decrypts'
            cand delete 'Delete a variable, after confirmation'
            cand export 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)'
            cand import 'Store the variables of a sealed bundle under this instance''s key, in one transaction'
            cand repair 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;variable;help;set'= {
        }
        &'flowadmin;variable;help;get'= {
        }
        &'flowadmin;variable;help;list'= {
        }
        &'flowadmin;variable;help;delete'= {
        }
        &'flowadmin;variable;help;export'= {
        }
        &'flowadmin;variable;help;import'= {
        }
        &'flowadmin;variable;help;repair'= {
        }
        &'flowadmin;variable;help;help'= {
        }
        &'flowadmin;secret;help'= {
            cand set 'Create or update a variable; the value comes from stdin, a prompt or an environment variable'
            cand get 'Print a variable''s plaintext value (then one newline, unless --raw)'
            cand list 'List variables: name, type, owner, updated, fields, and whether each decrypts'
            cand delete 'Delete a variable, after confirmation'
            cand export 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)'
            cand import 'Store the variables of a sealed bundle under this instance''s key, in one transaction'
            cand repair 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;secret;help;set'= {
        }
        &'flowadmin;secret;help;get'= {
        }
        &'flowadmin;secret;help;list'= {
        }
        &'flowadmin;secret;help;delete'= {
        }
        &'flowadmin;secret;help;export'= {
        }
        &'flowadmin;secret;help;import'= {
        }
        &'flowadmin;secret;help;repair'= {
        }
        &'flowadmin;secret;help;help'= {
        }
        &'flowadmin;secret-key'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Make a new key (token_urlsafe(32), 43 characters); --write puts it in <config dir>/secret_key'
            cand rotate 'Re-encrypt every stored secret under a new key, verified before commit, crash-safe'
            cand check 'Check that the configured (or given) key opens every encrypted value; finish an interrupted rotation'
            cand rollback 'Undo a rotation: every value back under the key it replaced, nothing written since lost'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;secret-key;generate'= {
            cand --format 'format'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --write 'Write it to <config dir>/secret_key instead of printing it'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;secret-key;rotate'= {
            cand --new-key-file 'The new key, from a file (default: a new generated key, shown once)'
            cand --new-key-env 'The new key, from this environment variable'
            cand --old-key-file 'Another old key that may open some values (a half-finished rotation); repeatable'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --dry-run 'Decrypt and count everything, write nothing'
            cand --no-backup 'Make no backup of the database (SQLite: its copy; PostgreSQL: the old values)'
            cand --skip-undecryptable 'Leave values no old key opens as they are (and report them) instead of rolling back'
            cand --force 'Rotate even though another process (PostgreSQL: another session) has the database open'
            cand --allow-weak-key 'Accept a given new key that doctor would flag as weak (short or low variety)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;secret-key;check'= {
            cand --key-file 'Check this key instead of the configured one'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;secret-key;rollback'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --dry-run 'Decrypt and count everything, write nothing'
            cand --no-backup 'Make no backup of the database first'
            cand --force 'Roll back even though another process (PostgreSQL: another session) has the database open'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;secret-key;help'= {
            cand generate 'Make a new key (token_urlsafe(32), 43 characters); --write puts it in <config dir>/secret_key'
            cand rotate 'Re-encrypt every stored secret under a new key, verified before commit, crash-safe'
            cand check 'Check that the configured (or given) key opens every encrypted value; finish an interrupted rotation'
            cand rollback 'Undo a rotation: every value back under the key it replaced, nothing written since lost'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;secret-key;help;generate'= {
        }
        &'flowadmin;secret-key;help;rotate'= {
        }
        &'flowadmin;secret-key;help;check'= {
        }
        &'flowadmin;secret-key;help;rollback'= {
        }
        &'flowadmin;secret-key;help;help'= {
        }
        &'flowadmin;state'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Print the deployment''s users, teams, roles and assignments as a manifest (as `langflow admin export`)'
            cand diff 'Show what `apply` would change, in Langflow''s order (exit 3 on drift, 0 on none)'
            cand apply 'Make the deployment match a manifest, in one transaction (all or nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;state;export'= {
            cand --format 'yaml (the default; json with --json) or json'
            cand -o 'Write to FILE (atomically; a FIFO or character device is written into) instead of stdout'
            cand --output 'Write to FILE (atomically; a FIFO or character device is written into) instead of stdout'
            cand --file 'Write to FILE (atomically; a FIFO or character device is written into) instead of stdout'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --force 'Replace FILE if it exists (never the database, a key file, or the env file)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;state;diff'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --prune 'Also plan removals: memberships and role assignments the manifest does not list (never users, teams or roles)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;state;apply'= {
            cand --as 'The superuser recorded as having made the changes (created_by, assigned_by); default: the first active superuser by name'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --prune 'Also remove memberships and role assignments the manifest does not list (never users, teams or roles)'
            cand --dry-run 'Take every step inside the transaction, then roll it back'
            cand -y 'Do not ask before pruning (needed for --prune when stdin is not a terminal)'
            cand --yes 'Do not ask before pruning (needed for --prune when stdin is not a terminal)'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;state;help'= {
            cand export 'Print the deployment''s users, teams, roles and assignments as a manifest (as `langflow admin export`)'
            cand diff 'Show what `apply` would change, in Langflow''s order (exit 3 on drift, 0 on none)'
            cand apply 'Make the deployment match a manifest, in one transaction (all or nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;state;help;export'= {
        }
        &'flowadmin;state;help;diff'= {
        }
        &'flowadmin;state;help;apply'= {
        }
        &'flowadmin;state;help;help'= {
        }
        &'flowadmin;team'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the teams, with their manual members'
            cand create 'Create a team'
            cand update 'Change a team''s slug, name, description or state'
            cand delete 'Delete a team and its memberships (never its users)'
            cand add-member 'Add a user to a team (a manual membership)'
            cand remove-member 'Remove a user''s manual membership of a team'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;team;list'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;team;create'= {
            cand --display-name 'Its display name (default: the slug)'
            cand --description 'description'
            cand --state 'state'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;team;update'= {
            cand --new-adom-name 'A new slug'
            cand --display-name 'display-name'
            cand --description 'description'
            cand --state 'state'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --clear-description 'clear-description'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;team;delete'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;team;add-member'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;team;remove-member'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;team;help'= {
            cand list 'List the teams, with their manual members'
            cand create 'Create a team'
            cand update 'Change a team''s slug, name, description or state'
            cand delete 'Delete a team and its memberships (never its users)'
            cand add-member 'Add a user to a team (a manual membership)'
            cand remove-member 'Remove a user''s manual membership of a team'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;team;help;list'= {
        }
        &'flowadmin;team;help;create'= {
        }
        &'flowadmin;team;help;update'= {
        }
        &'flowadmin;team;help;delete'= {
        }
        &'flowadmin;team;help;add-member'= {
        }
        &'flowadmin;team;help;remove-member'= {
        }
        &'flowadmin;team;help;help'= {
        }
        &'flowadmin;role'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the roles (system roles too)'
            cand create 'Create a custom role'
            cand update 'Change a custom role (system roles cannot be changed)'
            cand delete 'Delete a custom role that no one holds'
            cand grant 'Give a user a role, globally or in a workspace or project'
            cand revoke 'Take a user''s manual role assignment away'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;role;list'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;role;create'= {
            cand -p 'A permission slug (flow:read, deployment:*, user:manage...); repeatable'
            cand --permission 'A permission slug (flow:read, deployment:*, user:manage...); repeatable'
            cand --description 'description'
            cand --parent 'The parent role''s name'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;role;update'= {
            cand --new-name 'new-name'
            cand -p 'The new permissions (replacing the old); repeatable'
            cand --permission 'The new permissions (replacing the old); repeatable'
            cand --description 'description'
            cand --parent 'parent'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --clear-permissions 'clear-permissions'
            cand --clear-description 'clear-description'
            cand --no-parent 'no-parent'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;role;delete'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;role;grant'= {
            cand --user 'The user'
            cand --team 'A team (not supported by Langflow OSS 1.13: refused)'
            cand --workspace 'In this workspace (a UUID)'
            cand --project 'In this project (a folder''s UUID)'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;role;revoke'= {
            cand --user 'The user'
            cand --team 'A team (not supported by Langflow OSS 1.13: refused)'
            cand --workspace 'In this workspace (a UUID)'
            cand --project 'In this project (a folder''s UUID)'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;role;help'= {
            cand list 'List the roles (system roles too)'
            cand create 'Create a custom role'
            cand update 'Change a custom role (system roles cannot be changed)'
            cand delete 'Delete a custom role that no one holds'
            cand grant 'Give a user a role, globally or in a workspace or project'
            cand revoke 'Take a user''s manual role assignment away'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;role;help;list'= {
        }
        &'flowadmin;role;help;create'= {
        }
        &'flowadmin;role;help;update'= {
        }
        &'flowadmin;role;help;delete'= {
        }
        &'flowadmin;role;help;grant'= {
        }
        &'flowadmin;role;help;revoke'= {
        }
        &'flowadmin;role;help;help'= {
        }
        &'flowadmin;doctor'= {
            cand --check 'Run only this check, or every check in a group (`key`, `auth`...); repeatable'
            cand --skip 'Leave out this check or group; repeatable'
            cand --fail-on 'Exit 8 when a finding has this severity or a higher one'
            cand --stale-days 'Accounts and API keys unused for this many days are stale'
            cand --as-of 'Judge staleness as of this UTC date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS), not now: what will be stale by then'
            cand --key-file 'Also try the key in this file (an old key kept elsewhere); repeatable'
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --list-checks 'List every check (id, severity, product) and exit'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;completions'= {
            cand --db 'Database file or URL (sqlite:///rel.db, sqlite:////abs.db, postgresql://...) [env: LANGFLOW_DATABASE_URL]'
            cand --config-dir 'Langflow''s config dir, holding secret_key [env: LANGFLOW_CONFIG_DIR]'
            cand --env-file 'A .env file whose values override the environment, as `langflow run --env-file` [env: FLOWADMIN_ENV_FILE]'
            cand --product 'Which product''s database and keys: langflow or flowfile (default: found from --db''s tables, else flowfile when a FLOWFILE_* setting (FLOWFILE_DATABASE_URL, FLOWFILE_DB_PATH, FLOWFILE_STORAGE_DIR, FLOWFILE_MASTER_KEY, FLOWFILE_SECURE_STORAGE_PATH, FLOWFILE_MODE) is set and none of LANGFLOW_DATABASE_URL, LANGFLOW_CONFIG_DIR, LANGFLOW_SECRET_KEY) [env: FLOWADMIN_PRODUCT]'
            cand --json 'Print JSON for scripts [env: FLOWADMIN_JSON]'
            cand --no-clipboard 'Never touch the clipboard [env: FLOWADMIN_NO_CLIPBOARD]'
            cand -q 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand --quiet 'Print only what was asked for: no notes (errors and warnings that need action still show) [env: FLOWADMIN_QUIET]'
            cand -y 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --yes 'Answer yes to confirmations [env: FLOWADMIN_YES]'
            cand --allow-unknown-revision 'Write even to a database at an Alembic revision flowadmin does not know'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'flowadmin;help'= {
            cand db 'Find, check and create databases'
            cand superuser 'Create a superuser, with Langflow''s gates (as `langflow superuser`)'
            cand user 'List, create, activate, deactivate, re-password and delete users (Flowfile: its users table)'
            cand api-key 'Mint, list and revoke API keys (Flowfile: keys of an API consumer, --consumer NAME)'
            cand variable 'Set, get, list, delete and repair global variables (Flowfile: its secrets; alias `secret`)'
            cand secret-key 'Generate, rotate and check the secret key that encrypts every stored secret (Flowfile: its master key)'
            cand state 'Declarative administration: export, diff and apply Langflow''s AdminState manifest (teams, roles, assignments) offline, in one transaction'
            cand team 'List, create, update and delete teams and their members (Langflow 1.13, as `langflow admin teams`)'
            cand role 'List, create, update and delete roles; grant and revoke them (Langflow 1.13, as `langflow admin roles`)'
            cand doctor 'Audit the deployment: key drift, auth settings, key strength, file modes, accounts (read-only)'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'flowadmin;help;db'= {
            cand locate 'Show where the database, config dir and secret key are, and which rule decided each'
            cand check 'Check that the database is Langflow''s and that the secret key opens every encrypted value'
            cand init 'Create a scratch database with Langflow 1.13''s user, apikey, variable and folder tables'
        }
        &'flowadmin;help;db;locate'= {
        }
        &'flowadmin;help;db;check'= {
        }
        &'flowadmin;help;db;init'= {
        }
        &'flowadmin;help;superuser'= {
        }
        &'flowadmin;help;user'= {
            cand list 'List users: name, active (or retired), superuser, created, last login, API key count'
            cand create 'Create an ordinary user (superusers: `flowadmin superuser`)'
            cand activate 'Let a user log in again (idempotent)'
            cand deactivate 'Stop a user from logging in and its API keys from working (idempotent)'
            cand set-password 'Set a user''s password (the reset Langflow has no command for)'
            cand verify-password 'Check a password against a user''s stored hash (exit 0 if it matches, 4 if not)'
            cand delete 'Delete a user and every row that points at it, after showing the plan'
        }
        &'flowadmin;help;user;list'= {
        }
        &'flowadmin;help;user;create'= {
        }
        &'flowadmin;help;user;activate'= {
        }
        &'flowadmin;help;user;deactivate'= {
        }
        &'flowadmin;help;user;set-password'= {
        }
        &'flowadmin;help;user;verify-password'= {
        }
        &'flowadmin;help;user;delete'= {
        }
        &'flowadmin;help;api-key'= {
            cand create 'Mint an API key, shown once (and copied to the clipboard on a terminal)'
            cand list 'List keys, masked as Langflow shows them (default: the configured superuser''s)'
            cand revoke 'Revoke (delete) a key by id, id prefix, name or the key itself, after confirmation'
        }
        &'flowadmin;help;api-key;create'= {
        }
        &'flowadmin;help;api-key;list'= {
        }
        &'flowadmin;help;api-key;revoke'= {
        }
        &'flowadmin;help;variable'= {
            cand set 'Create or update a variable; the value comes from stdin, a prompt or an environment variable'
            cand get 'Print a variable''s plaintext value (then one newline, unless --raw)'
            cand list 'List variables: name, type, owner, updated, fields, and whether each decrypts'
            cand delete 'Delete a variable, after confirmation'
            cand export 'Write variables, decrypted, into a file sealed with a passphrase (argon2id, AES-256-GCM)'
            cand import 'Store the variables of a sealed bundle under this instance''s key, in one transaction'
            cand repair 'Decrypt Generic values that Langflow 1.5-1.7 encrypted and 1.8+ no longer reads'
        }
        &'flowadmin;help;variable;set'= {
        }
        &'flowadmin;help;variable;get'= {
        }
        &'flowadmin;help;variable;list'= {
        }
        &'flowadmin;help;variable;delete'= {
        }
        &'flowadmin;help;variable;export'= {
        }
        &'flowadmin;help;variable;import'= {
        }
        &'flowadmin;help;variable;repair'= {
        }
        &'flowadmin;help;secret-key'= {
            cand generate 'Make a new key (token_urlsafe(32), 43 characters); --write puts it in <config dir>/secret_key'
            cand rotate 'Re-encrypt every stored secret under a new key, verified before commit, crash-safe'
            cand check 'Check that the configured (or given) key opens every encrypted value; finish an interrupted rotation'
            cand rollback 'Undo a rotation: every value back under the key it replaced, nothing written since lost'
        }
        &'flowadmin;help;secret-key;generate'= {
        }
        &'flowadmin;help;secret-key;rotate'= {
        }
        &'flowadmin;help;secret-key;check'= {
        }
        &'flowadmin;help;secret-key;rollback'= {
        }
        &'flowadmin;help;state'= {
            cand export 'Print the deployment''s users, teams, roles and assignments as a manifest (as `langflow admin export`)'
            cand diff 'Show what `apply` would change, in Langflow''s order (exit 3 on drift, 0 on none)'
            cand apply 'Make the deployment match a manifest, in one transaction (all or nothing)'
        }
        &'flowadmin;help;state;export'= {
        }
        &'flowadmin;help;state;diff'= {
        }
        &'flowadmin;help;state;apply'= {
        }
        &'flowadmin;help;team'= {
            cand list 'List the teams, with their manual members'
            cand create 'Create a team'
            cand update 'Change a team''s slug, name, description or state'
            cand delete 'Delete a team and its memberships (never its users)'
            cand add-member 'Add a user to a team (a manual membership)'
            cand remove-member 'Remove a user''s manual membership of a team'
        }
        &'flowadmin;help;team;list'= {
        }
        &'flowadmin;help;team;create'= {
        }
        &'flowadmin;help;team;update'= {
        }
        &'flowadmin;help;team;delete'= {
        }
        &'flowadmin;help;team;add-member'= {
        }
        &'flowadmin;help;team;remove-member'= {
        }
        &'flowadmin;help;role'= {
            cand list 'List the roles (system roles too)'
            cand create 'Create a custom role'
            cand update 'Change a custom role (system roles cannot be changed)'
            cand delete 'Delete a custom role that no one holds'
            cand grant 'Give a user a role, globally or in a workspace or project'
            cand revoke 'Take a user''s manual role assignment away'
        }
        &'flowadmin;help;role;list'= {
        }
        &'flowadmin;help;role;create'= {
        }
        &'flowadmin;help;role;update'= {
        }
        &'flowadmin;help;role;delete'= {
        }
        &'flowadmin;help;role;grant'= {
        }
        &'flowadmin;help;role;revoke'= {
        }
        &'flowadmin;help;doctor'= {
        }
        &'flowadmin;help;completions'= {
        }
        &'flowadmin;help;help'= {
        }
    ]
    $completions[$command]
}
