//! Shell completions and man pages, generated from the clap definitions into
//! `completions/` and `man/`. `tests/assets.rs` fails when the committed files
//! are stale; `FLOWADMIN_BLESS=1 cargo test --test assets` rewrites them.

use std::path::Path;

use clap::CommandFactory;

use crate::cli::{Cli, Shell};

/// The completion script for one shell.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(
        clap_complete::Shell::from(shell),
        &mut cmd,
        "flowadmin",
        &mut buf,
    );
    buf
}

/// (relative path, contents) of every generated file.
pub fn generate() -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for (shell, name) in [
        (Shell::Bash, "flowadmin.bash"),
        (Shell::Zsh, "_flowadmin"),
        (Shell::Fish, "flowadmin.fish"),
        (Shell::Powershell, "_flowadmin.ps1"),
        (Shell::Elvish, "flowadmin.elv"),
    ] {
        files.push((format!("completions/{name}"), script(shell)));
    }
    // The committed pages name the version, not the commit (which every
    // commit would change).
    let mut cmd = Cli::command().version(env!("CARGO_PKG_VERSION"));
    cmd.build();
    man_pages(&cmd, "flowadmin", &mut files);
    files
}

fn man_pages(cmd: &clap::Command, name: &str, files: &mut Vec<(String, Vec<u8>)>) {
    let page = cmd.clone().name(name.to_owned());
    let mut buf = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut buf)
        .expect("rendering into memory cannot fail");
    files.push((format!("man/{name}.1"), buf));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        man_pages(sub, &format!("{name}-{}", sub.get_name()), files);
    }
}

/// Writes every generated file under `root`.
pub fn write_all(root: &Path) -> std::io::Result<()> {
    for (rel, contents) in generate() {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("relative paths have a folder"))?;
        std::fs::write(path, contents)?;
    }
    Ok(())
}
