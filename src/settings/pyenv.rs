//! Where the `langflow` package is installed, found the way Python's
//! `importlib.util.find_spec("langflow")` would find it, without starting
//! Python in the common cases: a virtual environment (`pyvenv.cfg`), the
//! interpreter of the `langflow` script on PATH, a system interpreter's
//! user and system site-packages. Anything this cannot be sure of
//! (PYTHONPATH, a namespace package, a venv that also sees the system's
//! packages, a package found nowhere, since a `.pth` file may add a folder)
//! is left to Python itself.

use std::path::{Path, PathBuf};

use super::Env;

/// Which interpreter Langflow runs under, and why it was picked.
pub struct Interpreter {
    pub path: PathBuf,
    pub why: String,
}

fn on_path(env: &Env, name: &str) -> Option<PathBuf> {
    let path = env.get("PATH")?;
    std::env::split_paths(path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// The interpreter named by a script's `#!` line (as pip and uv write them
/// for console scripts: an absolute path to the venv's python).
fn shebang(script: &Path) -> Option<PathBuf> {
    use std::io::Read;
    let mut head = [0u8; 512];
    let n = std::fs::File::open(script).ok()?.read(&mut head).ok()?;
    let line = std::str::from_utf8(&head[..n]).ok()?.lines().next()?;
    let target = line.strip_prefix("#!")?.trim();
    // `#!/usr/bin/env python3` and interpreter options are not a path we can use.
    (!target.contains(' ') && target.starts_with('/')).then(|| PathBuf::from(target))
}

/// FLOWADMIN_PYTHON, else the active venv's python, else the interpreter of
/// the `langflow` command on PATH, else `python3` on PATH.
pub fn interpreter(env: &Env) -> Interpreter {
    if let Some(p) = env.get("FLOWADMIN_PYTHON").filter(|p| !p.is_empty()) {
        return Interpreter {
            path: PathBuf::from(p),
            why: "FLOWADMIN_PYTHON".into(),
        };
    }
    if let Some(venv) = env.get("VIRTUAL_ENV").filter(|p| !p.is_empty()) {
        return Interpreter {
            path: Path::new(venv).join("bin/python"),
            why: "the active virtual environment (VIRTUAL_ENV)".into(),
        };
    }
    if let Some(script) = on_path(env, "langflow")
        && let Some(python) = shebang(&script)
    {
        return Interpreter {
            path: python,
            why: format!("the interpreter of {}", script.display()),
        };
    }
    Interpreter {
        path: on_path(env, "python3").unwrap_or_else(|| PathBuf::from("python3")),
        why: "python3 on PATH".into(),
    }
}

/// `X.Y` from a `python3.11` file name.
fn version_of_name(name: &str) -> Option<String> {
    let v = name.strip_prefix("python")?;
    let (major, minor) = v.split_once('.')?;
    (major.chars().all(|c| c.is_ascii_digit())
        && !minor.is_empty()
        && minor.chars().all(|c| c.is_ascii_digit()))
    .then(|| format!("{major}.{minor}"))
}

/// The folders `sys.path` searches for installed packages, in order, for
/// this interpreter; `None` when only Python itself can tell.
fn site_dirs(env: &Env, python: &Path) -> Option<Vec<PathBuf>> {
    let bin = python.parent()?;
    let root = bin.parent()?;
    let cfg = root.join("pyvenv.cfg");
    if let Ok(text) = std::fs::read_to_string(&cfg) {
        let get = |key: &str| {
            text.lines().find_map(|l| {
                let (k, v) = l.split_once('=')?;
                (k.trim().eq_ignore_ascii_case(key)).then(|| v.trim().to_owned())
            })
        };
        if get("include-system-site-packages").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
            return None;
        }
        // The venv's lib/pythonX.Y: from the config, else the one folder there.
        let version = get("version_info")
            .or_else(|| get("version"))
            .and_then(|v| {
                let mut parts = v.split('.');
                Some(format!("{}.{}", parts.next()?, parts.next()?))
            });
        let lib = match version {
            Some(v) => root.join("lib").join(format!("python{v}")),
            None => {
                let found: Vec<PathBuf> = std::fs::read_dir(root.join("lib"))
                    .ok()?
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| {
                        p.file_name()
                            .and_then(|n| n.to_str())
                            .and_then(version_of_name)
                            .is_some()
                    })
                    .collect();
                match found.as_slice() {
                    [one] => one.clone(),
                    _ => return None,
                }
            }
        };
        return Some(vec![lib.join("site-packages")]);
    }
    // A system interpreter: its version from the file it resolves to.
    let real = std::fs::canonicalize(python).ok()?;
    let version = version_of_name(real.file_name()?.to_str()?)?;
    let prefix = real.parent()?.parent()?;
    let mut dirs = Vec::new();
    let user_site_off = env.get("PYTHONNOUSERSITE").is_some_and(|v| !v.is_empty());
    if !user_site_off {
        let home = env.get("HOME").filter(|h| !h.is_empty())?;
        let base = env
            .get("PYTHONUSERBASE")
            .filter(|b| !b.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(home).join(".local"));
        dirs.push(
            base.join("lib")
                .join(format!("python{version}"))
                .join("site-packages"),
        );
    }
    if prefix == Path::new("/usr") && Path::new("/usr/lib/python3/dist-packages").is_dir() {
        // Debian and Ubuntu: pip's /usr/local, then the distribution's.
        dirs.push(PathBuf::from(format!(
            "/usr/local/lib/python{version}/dist-packages"
        )));
        dirs.push(PathBuf::from("/usr/lib/python3/dist-packages"));
        dirs.push(PathBuf::from(format!(
            "/usr/lib/python{version}/dist-packages"
        )));
    } else {
        dirs.push(
            prefix
                .join("lib")
                .join(format!("python{version}"))
                .join("site-packages"),
        );
    }
    Some(dirs)
}

/// The `langflow` package folder (resolved, as `pathlib.Path.resolve`), and
/// the site-packages it is in; `None` when Python must be asked.
pub fn find_package(env: &Env, cwd: &Path, python: &Path) -> Option<(PathBuf, PathBuf)> {
    // `python -c` puts the working directory first on sys.path.
    if ["PYTHONPATH", "PYTHONHOME", "PYTHONSAFEPATH"]
        .iter()
        .any(|v| env.get(v).is_some_and(|x| !x.is_empty()))
        || std::fs::symlink_metadata(cwd.join("langflow")).is_ok()
        || std::fs::symlink_metadata(cwd.join("langflow.py")).is_ok()
    {
        return None;
    }
    for dir in site_dirs(env, python)? {
        let pkg = dir.join("langflow");
        if pkg.join("__init__.py").is_file() {
            return Some((std::fs::canonicalize(&pkg).ok()?, dir));
        }
        // A namespace portion, a module file or an extension: Python decides.
        if pkg.exists() || dir.join("langflow.py").exists() {
            return None;
        }
    }
    None
}
