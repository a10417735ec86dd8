//! Where usernames and passwords come from: a flag, stdin, an environment
//! variable, or a prompt on a terminal. Never a password flag on argv.

use std::io::Read;

use crate::crypto::password::Password;
use crate::error::{Error, Result};

/// How a password may be supplied for one command.
pub struct PasswordSources<'a> {
    /// `--password-stdin` was given.
    pub stdin: bool,
    /// An environment variable that may hold it, with its value.
    pub env: Option<(&'static str, Option<&'a str>)>,
    /// What the password is for, in prompts ("new password for alice").
    pub purpose: String,
    /// Ask twice on a terminal (for a new password).
    pub confirm: bool,
    /// A person can be asked (stdin and stderr are terminals).
    pub interactive: bool,
}

/// A secret piped on stdin, less the one newline the pipe adds.
fn read_stdin_secret(what: &str) -> Result<zeroize::Zeroizing<String>> {
    let mut text = zeroize::Zeroizing::new(String::new());
    std::io::stdin().read_to_string(&mut text).map_err(|e| {
        Error::usage(format!("cannot read the {what} from stdin ({e})"))
            .hint("pipe it as UTF-8 text")
    })?;
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    Ok(text)
}

/// A secret typed at a hidden prompt.
fn ask_hidden(prompt: &str, what: &str) -> Result<zeroize::Zeroizing<String>> {
    dialoguer::Password::new()
        .with_prompt(prompt)
        .allow_empty_password(true)
        .interact()
        .map(zeroize::Zeroizing::new)
        .map_err(|e| Error::usage(format!("cannot read the {what} from the terminal ({e})")))
}

/// Reads the password from the first source that has one.
pub fn password(sources: PasswordSources) -> Result<Password> {
    if sources.stdin {
        let mut text = read_stdin_secret("password")?;
        return Ok(Password::new(std::mem::take(&mut *text)));
    }
    if let Some((_, Some(value))) = sources.env
        && !value.is_empty()
    {
        return Ok(Password::new(value.to_owned()));
    }
    if !sources.interactive {
        let env_hint = sources
            .env
            .map(|(name, _)| format!(", set {name},"))
            .unwrap_or_default();
        return Err(Error::usage(format!(
            "no password given for the {}: pipe it with --password-stdin{env_hint} or run on a terminal to be prompted",
            sources.purpose
        )));
    }
    let ask =
        |prompt: &str| ask_hidden(prompt, "password").map(|mut text| std::mem::take(&mut *text));
    let first = Password::new(ask(&format!("Password for the {}", sources.purpose))?);
    if sources.confirm {
        let second = Password::new(ask("Repeat it")?);
        if first.expose() != second.expose() {
            return Err(
                Error::usage("the two passwords do not match; nothing changed")
                    .hint("run the command again"),
            );
        }
    }
    Ok(first)
}

/// A username from the flag, else an environment variable, else a prompt.
pub fn username(
    flag: Option<&str>,
    env: Option<(&str, Option<&str>)>,
    what: &str,
    interactive: bool,
) -> Result<String> {
    if let Some(name) = flag {
        return validate_username(name).map(|_| name.to_owned());
    }
    if let Some((_, Some(name))) = env
        && !name.is_empty()
    {
        return validate_username(name).map(|_| name.to_owned());
    }
    if !interactive {
        let env_hint = env.map(|(n, _)| format!(" or set {n}")).unwrap_or_default();
        return Err(Error::usage(format!(
            "no username given for the {what}: pass --username{env_hint}, or run on a terminal to be prompted"
        )));
    }
    let name: String = dialoguer::Input::new()
        .with_prompt("Username")
        .interact_text()
        .map_err(|e| Error::usage(format!("cannot read the username from the terminal ({e})")))?;
    validate_username(&name)?;
    Ok(name)
}

/// Refuses names Langflow's UI could not show, its flows could not use, or
/// an operator could not type. `what` names the thing ("the username").
pub fn validate_name(what: &str, name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::usage(format!("{what} is empty")).hint("give a name"));
    }
    if name.chars().any(char::is_control) {
        return Err(Error::usage(format!(
            "{what} contains control characters (such as a newline or tab)"
        ))
        .hint("give a printable name"));
    }
    if name.trim() != name {
        return Err(
            Error::usage(format!("{what} starts or ends with spaces")).hint("give it without them")
        );
    }
    Ok(())
}

/// [`validate_name`] for usernames.
pub fn validate_username(name: &str) -> Result<()> {
    validate_name("the username", name)
}

/// Asks before a destructive change: `--yes` answers for the operator; off a
/// terminal without it, the command refuses (`what` names the change).
pub fn confirm(yes: bool, interactive: bool, what: &str, question: &str) -> Result<bool> {
    if yes {
        return Ok(true);
    }
    if !interactive {
        return Err(Error::usage(format!(
            "{what} needs confirmation: pass --yes; nothing changed"
        )));
    }
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| Error::usage(format!("cannot read the answer from the terminal ({e})")))
}

/// How a bundle's passphrase may be supplied: stdin, a named environment
/// variable, or a hidden prompt (asked twice when sealing). Never argv.
pub struct PassphraseSources<'a> {
    pub stdin: bool,
    /// `--passphrase-env VAR` and its value, if set.
    pub env: Option<(&'a str, Option<&'a str>)>,
    pub confirm: bool,
    pub interactive: bool,
}

/// The shortest passphrase accepted for sealing: a bundle is offline-guessable
/// by whoever holds the file, however slow argon2id makes each guess.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

pub fn passphrase(sources: PassphraseSources) -> Result<zeroize::Zeroizing<String>> {
    use zeroize::Zeroizing;
    let text = if sources.stdin {
        read_stdin_secret("passphrase")?
    } else if let Some((name, value)) = sources.env {
        match value {
            Some(v) if !v.is_empty() => Zeroizing::new(v.to_owned()),
            _ => {
                return Err(Error::usage(format!(
                    "--passphrase-env names {name}, which is unset or empty"
                ))
                .hint(format!(
                    "export {name} with the passphrase, or use --passphrase-stdin"
                )));
            }
        }
    } else if !sources.interactive {
        return Err(Error::usage("no passphrase given for the bundle")
            .hint("pipe it with --passphrase-stdin, name a variable with --passphrase-env VAR, or run on a terminal to be prompted"));
    } else {
        let ask = |prompt: &str| ask_hidden(prompt, "passphrase");
        let first = ask("Passphrase for the bundle")?;
        if sources.confirm && *ask("Repeat it")? != *first {
            return Err(
                Error::usage("the two passphrases do not match; nothing was written")
                    .hint("run the command again"),
            );
        }
        first
    };
    if text.is_empty() {
        return Err(
            Error::usage("the passphrase is empty").hint("give one of at least 12 characters")
        );
    }
    if sources.confirm && text.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::usage(format!(
            "the passphrase has {} characters; a sealed bundle needs at least {MIN_PASSPHRASE_CHARS}",
            text.chars().count()
        ))
        .hint("choose a longer one (several words are easiest)"));
    }
    Ok(text)
}
