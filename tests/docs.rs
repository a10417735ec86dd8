//! #32: the documentation holds. Every `sh runnable` block of the README runs
//! (the real binary on a scratch database the test makes, with a superuser
//! and a configured key), and every relative link of the README and docs/
//! names a file that exists, and a heading in it when it has an anchor.

mod common;

use std::path::{Path, PathBuf};

use common::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The blocks fenced as ```` ```sh runnable ````.
fn runnable_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match &mut current {
            None if line.trim_start() == "```sh runnable" => current = Some(String::new()),
            Some(block) if line.trim_start().starts_with("```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    blocks
}

#[test]
fn every_runnable_block_of_the_readme_runs() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let blocks = runnable_blocks(&readme);
    assert!(blocks.len() >= 2, "the README marks its runnable blocks");
    let binary = assert_cmd::cargo::cargo_bin("flowadmin");
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for block in blocks {
        // What the README assumes: a database with a superuser `admin`
        // whose password is in admin.pw, and a key in the config dir.
        let s = Scratch::initialized();
        let cfg = s.path().join("cfg");
        std::fs::create_dir(&cfg).unwrap();
        std::fs::write(
            cfg.join("secret_key"),
            flowadmin::crypto::token_urlsafe(32).as_str(),
        )
        .unwrap();
        std::fs::write(s.path().join("admin.pw"), "Readme-Admin-Pw-32!\n").unwrap();
        let out = s
            .cmd()
            .args([
                "--db",
                "langflow.db",
                "superuser",
                "--username",
                "admin",
                "--password-stdin",
            ])
            .env("LANGFLOW_CONFIG_DIR", &cfg)
            .write_stdin("Readme-Admin-Pw-32!\n")
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr_of(&out));
        let out = std::process::Command::new("bash")
            .args(["-euo", "pipefail", "-c", &block])
            .current_dir(s.path())
            .env_clear()
            .env("PATH", &path)
            .env("HOME", s.path())
            .env("LANGFLOW_CONFIG_DIR", &cfg)
            .output()
            .unwrap();
        assert_eq!(
            code(&out),
            0,
            "the README block\n{block}\nfailed: {}",
            stderr_of(&out)
        );
    }
}

/// GitHub's anchor for a heading: lower case, punctuation other than `-`
/// and `_` dropped, spaces as `-`.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

fn anchors(markdown: &str) -> Vec<String> {
    let mut code = false;
    markdown
        .lines()
        .filter(|l| {
            if l.starts_with("```") {
                code = !code;
            }
            !code && l.starts_with('#')
        })
        .map(|l| slug(l.trim_start_matches('#')))
        .collect()
}

/// `[text](target)` links outside code, with the file they are in.
fn links(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap();
    let mut out = Vec::new();
    let mut code = false;
    for line in text.lines() {
        if line.starts_with("```") {
            code = !code;
        }
        if code {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let after = rest.get(at + 2..).unwrap_or_default();
            let Some(end) = after.find(')') else { break };
            out.push(after.get(..end).unwrap_or_default().to_owned());
            rest = after.get(end..).unwrap_or_default();
        }
    }
    out
}

#[test]
fn every_documentation_link_resolves() {
    let mut files = vec![root().join("README.md"), root().join("BENCHMARKS.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    assert!(docs.len() >= 8, "the reference is in docs/");
    files.extend(docs);
    let mut broken = Vec::new();
    for file in &files {
        for link in links(file) {
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            let (target, anchor) = link.split_once('#').unwrap_or((&link, ""));
            let path = match target {
                "" => file.clone(),
                t => file.parent().unwrap().join(t),
            };
            if !path.exists() {
                broken.push(format!("{}: {link} (no such file)", file.display()));
                continue;
            }
            let is_md = path.extension().is_some_and(|e| e == "md");
            if !anchor.is_empty() && is_md {
                let text = std::fs::read_to_string(&path).unwrap();
                if !anchors(&text).iter().any(|a| a == anchor) {
                    broken.push(format!("{}: {link} (no such heading)", file.display()));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_readme_is_a_front_page() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(lines <= 400, "README.md has {lines} lines (at most 400)");
    for must in [
        "## Install",
        "## Quickstart",
        "scripts/demo.sh",
        ".ci/run",
        "docs/",
    ] {
        assert!(readme.contains(must), "README.md lacks {must}");
    }
}
