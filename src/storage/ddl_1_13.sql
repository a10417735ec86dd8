-- The user, apikey, variable and folder tables of a fresh Langflow 1.13.0 database,
-- exactly as sqlite_master holds them in tests/fixtures/langflow-1.13-basic.db,
-- plus alembic_version. Used only by `flowadmin db init` for scratch databases.
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE user (
	id CHAR(32) NOT NULL, 
	username VARCHAR NOT NULL, 
	password VARCHAR NOT NULL, 
	profile_image VARCHAR, 
	is_active BOOLEAN NOT NULL, 
	is_superuser BOOLEAN NOT NULL, 
	create_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	last_login_at DATETIME, 
	retired_at DATETIME, 
	store_api_key VARCHAR, 
	optins JSON, 
	PRIMARY KEY (id), 
	UNIQUE (id)
);
CREATE UNIQUE INDEX ix_user_username ON user (username);
CREATE UNIQUE INDEX ix_user_username_lower ON user (lower(username));
CREATE TABLE folder (
	name VARCHAR NOT NULL, 
	description TEXT, 
	auth_settings JSON, 
	id CHAR(32) NOT NULL, 
	parent_id CHAR(32), 
	user_id CHAR(32), 
	workspace_id CHAR(32), 
	is_personal BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT unique_folder_name UNIQUE (user_id, name), 
	FOREIGN KEY(parent_id) REFERENCES folder (id), 
	FOREIGN KEY(user_id) REFERENCES user (id)
);
CREATE INDEX ix_folder_is_personal ON folder (is_personal);
CREATE INDEX ix_folder_name ON folder (name);
CREATE INDEX ix_folder_workspace_id ON folder (workspace_id);
CREATE TABLE variable (
	name VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	type VARCHAR, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	is_environment_managed BOOLEAN, 
	default_fields JSON, 
	user_id CHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES user (id)
);
CREATE TABLE "apikey" (
	name VARCHAR, 
	last_used_at DATETIME, 
	total_uses INTEGER NOT NULL, 
	is_active BOOLEAN NOT NULL, 
	expires_at DATETIME, 
	id CHAR(32) NOT NULL, 
	created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL, 
	api_key VARCHAR NOT NULL, 
	api_key_hash VARCHAR, 
	user_id CHAR(32) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES user (id), 
	UNIQUE (id)
);
CREATE UNIQUE INDEX ix_apikey_api_key ON apikey (api_key);
CREATE INDEX ix_apikey_api_key_hash ON apikey (api_key_hash);
CREATE INDEX ix_apikey_name ON apikey (name);
CREATE INDEX ix_apikey_user_id ON apikey (user_id);
