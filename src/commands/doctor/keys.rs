//! Key drift: every key flowadmin can find, tried on every encrypted value
//! (through `integrity`'s tallies), and what the counts mean. Shared by both
//! products; each gathers its own candidates.

use std::path::{Path, PathBuf};

use super::report::{Finding, KeySeen, Selection, Severity, id};
use crate::integrity::{KeyTally, MAX_TALLY_KEYS};

/// A key found somewhere, not yet tried. `K` is the product's key type.
pub struct Candidate<K> {
    /// The exact key text (for merging the places one key is found in),
    /// zeroed when dropped.
    pub text: zeroize::Zeroizing<String>,
    pub key: Result<K, String>,
    pub fingerprint: String,
    pub sources: Vec<String>,
    pub configured: bool,
}

/// The candidates, merged by key text: one key found in three places is one
/// row with three sources.
pub struct Candidates<K> {
    pub list: Vec<Candidate<K>>,
    /// Files that looked like keys but could not be read.
    pub unreadable: Vec<String>,
}

impl<K> Default for Candidates<K> {
    fn default() -> Self {
        Candidates {
            list: Vec::new(),
            unreadable: Vec::new(),
        }
    }
}

impl<K> Candidates<K> {
    pub fn add(
        &mut self,
        text: &str,
        source: String,
        configured: bool,
        make: impl FnOnce(&str) -> Result<K, String>,
        fingerprint: impl FnOnce(&K) -> String,
    ) {
        if let Some(known) = self.list.iter_mut().find(|c| c.text.as_str() == text) {
            known.sources.push(source);
            known.configured |= configured;
            return;
        }
        let key = make(text);
        let fp = match &key {
            Ok(k) => fingerprint(k),
            Err(_) => String::new(),
        };
        self.list.push(Candidate {
            text: zeroize::Zeroizing::new(text.to_owned()),
            key,
            fingerprint: fp,
            sources: vec![source],
            configured,
        });
    }

    pub fn configured(&self) -> Option<usize> {
        self.list.iter().position(|c| c.configured && c.key.is_ok())
    }

    /// The usable keys, in order, for a tally; `slot[i]` is the tally bit
    /// of candidate `i`.
    pub fn usable(&self) -> (Vec<&K>, Vec<Option<usize>>) {
        let mut keys = Vec::new();
        let mut slot = Vec::new();
        for c in &self.list {
            match &c.key {
                Ok(k) if keys.len() < MAX_TALLY_KEYS => {
                    slot.push(Some(keys.len()));
                    keys.push(k);
                }
                _ => slot.push(None),
            }
        }
        (keys, slot)
    }
}

/// The files in `dir` whose names start with `prefix`, sorted by name (so
/// stamped backups come oldest first).
pub fn siblings(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    found.sort();
    found
}

/// The words a product's findings use.
pub struct Words {
    /// "secret key" or "master key".
    pub key: &'static str,
    /// Where the configured key is set, for the fixes.
    pub configure: &'static str,
    /// "Langflow" or "Flowfile".
    pub product: &'static str,
    /// What holds the values: "database", "catalog".
    pub store: &'static str,
}

/// `key.interrupted-rotation`: the pending key a rotation left, if any (the
/// same check on both products, in their words).
pub fn interrupted_rotation(sel: &Selection, pending: &Path, words: &Words) -> Option<Finding> {
    (pending.exists() && sel.wants(id::KEY_INTERRUPTED_ROTATION)).then(|| {
        Finding::new(
            id::KEY_INTERRUPTED_ROTATION,
            Severity::Critical,
            format!("{} is left by an interrupted {} rotation", pending.display(), words.key),
            format!(
                "until it is settled the {} may already be under the new key while {} starts with the old one",
                words.store, words.product
            ),
            "run `flowadmin secret-key check`, which settles it (keeps whichever key opens every value)",
        )
    })
}

/// The tally read per candidate key, for the drift findings.
struct View<'a, K> {
    cands: &'a Candidates<K>,
    tally: &'a KeyTally,
    slot: Vec<Option<usize>>,
    configured: Option<usize>,
    words: &'a Words,
}

impl<K> View<'_, K> {
    fn bit(&self, i: usize) -> Option<usize> {
        self.slot[i]
    }

    fn opens(&self, i: usize) -> Option<usize> {
        self.bit(i).map(|b| self.tally.opened_by(b))
    }

    fn name(&self, i: usize) -> String {
        let c = &self.cands.list[i];
        format!("{} ({})", c.fingerprint, c.sources.join("; "))
    }

    /// The candidates other than the configured key.
    fn others(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.cands.list.len()).filter(move |&i| Some(i) != self.configured)
    }

    fn seen(&self) -> Vec<KeySeen> {
        let listed = self.cands.list.iter().enumerate().map(|(i, c)| KeySeen {
            fingerprint: c.key.is_ok().then(|| c.fingerprint.clone()),
            sources: c.sources.clone(),
            configured: c.configured,
            opens: self.opens(i),
            error: c.key.as_ref().err().cloned(),
        });
        let unreadable = self.cands.unreadable.iter().map(|path| KeySeen {
            fingerprint: None,
            sources: vec![path.clone()],
            configured: false,
            opens: None,
            error: Some("cannot be read".into()),
        });
        listed.chain(unreadable).collect()
    }
}

/// What the tally says about drift, as findings, and the per-key rows.
pub fn drift<K>(
    sel: &Selection,
    cands: &Candidates<K>,
    tally: &KeyTally,
    configured_error: Option<&str>,
    words: &Words,
) -> (Vec<KeySeen>, Vec<Finding>) {
    let view = View {
        cands,
        tally,
        slot: cands.usable().1,
        configured: cands.configured(),
        words,
    };
    let seen = view.seen();
    let mut findings = Vec::new();
    if tally.total == 0 {
        return (seen, findings);
    }
    if view.configured.is_none() && sel.wants(id::KEY_UNUSABLE) {
        findings.push(Finding::new(
            id::KEY_UNUSABLE,
            Severity::Critical,
            format!(
                "{} encrypted values, and no usable {} is configured: {}",
                tally.total,
                words.key,
                configured_error.unwrap_or("none is set")
            ),
            format!(
                "the product cannot decrypt any stored secret; started like this, it may generate a new {} that opens none of them",
                words.key
            ),
            format!("set the {} the values were written with ({})", words.key, words.configure),
        ));
    }
    if sel.wants(id::KEY_OTHER_KEY_OPENS_MORE) {
        findings.extend(other_key_opens_more(&view));
    }
    if sel.wants(id::KEY_NEEDS_OTHER_KEY) {
        findings.extend(needs_other_key(&view));
    }
    if sel.wants(id::KEY_MIXED) {
        findings.extend(mixed(&view));
    }
    let keys_tried = seen.iter().filter(|k| k.opens.is_some()).count();
    if tally.unopened() > 0 && sel.wants(id::KEY_UNOPENABLE) {
        findings.push(Finding::new(
            id::KEY_UNOPENABLE,
            Severity::Critical,
            format!(
                "{} of {} encrypted values open with none of the {keys_tried} key(s) found",
                tally.unopened(),
                tally.total,
            ),
            "unless the key they were written with turns up, those secrets are lost: the product shows them as errors or empty",
            "look for the key they were written with (an old .env, a backup, another replica's config dir) and pass it with --key-file; `flowadmin db check` names each value",
        ));
    }
    (seen, findings)
}

fn other_key_opens_more<K>(v: &View<K>) -> Option<Finding> {
    let total = v.tally.total;
    let conf_opens = v.configured.and_then(|i| v.opens(i)).unwrap_or(0);
    let better: Vec<String> = v
        .others()
        .filter_map(|i| v.opens(i).filter(|&n| n > conf_opens).map(|n| (i, n)))
        .map(|(i, n)| format!("{} opens {n} of {total}", v.name(i)))
        .collect();
    if v.configured.is_none() || better.is_empty() {
        return None;
    }
    Some(Finding::new(
        id::KEY_OTHER_KEY_OPENS_MORE,
        Severity::Critical,
        format!(
            "the configured {} opens {conf_opens} of {total} encrypted values, and another key found opens more",
            v.words.key
        ),
        "the product runs with the configured key: what it does not open is lost to it, and new values are written under a key the rest of the data does not share",
        format!(
            "find out which key is the real one; if it is the other, configure it ({}); if a rotation stopped halfway, finish it with `flowadmin secret-key rotate --old-key-file <that key's file>`",
            v.words.configure
        ),
    )
    .items(better))
}

fn needs_other_key<K>(v: &View<K>) -> Option<Finding> {
    let conf_mask = v
        .configured
        .and_then(|i| v.bit(i))
        .map_or(0u64, |b| 1u64 << b);
    // Values under some key, none of them the configured one.
    let elsewhere = |extra: u64| -> usize {
        v.tally
            .by_keys
            .iter()
            .filter(|(mask, _)| **mask & extra == extra && **mask != 0 && **mask & conf_mask == 0)
            .map(|(_, n)| n)
            .sum()
    };
    let count = elsewhere(0);
    if count == 0 {
        return None;
    }
    let which: Vec<String> = v
        .others()
        .filter_map(|i| {
            let n = elsewhere(1 << v.bit(i)?);
            (n > 0).then(|| format!("{} opens {n} of them", v.name(i)))
        })
        .collect();
    Some(
        Finding::new(
            id::KEY_NEEDS_OTHER_KEY,
            Severity::Critical,
            format!(
                "{count} of {} encrypted values open only with a key that is not the configured {}",
                v.tally.total, v.words.key
            ),
            "those secrets are unreadable to the product as it is configured, and are lost for good if that other key file is deleted",
            "keep that key file; re-encrypt the values under one key with `flowadmin secret-key rotate --old-key-file <that file>` (it tries every old key given), or configure that key if it is the real one",
        )
        .items(which),
    )
}

/// Mixed: two keys each open values the other does not, and none opens
/// every value that opens at all.
fn mixed<K>(v: &View<K>) -> Option<Finding> {
    let total = v.tally.total;
    let openable = total - v.tally.unopened();
    let keys = 0..v.cands.list.len();
    if openable == 0 || keys.clone().any(|i| v.opens(i) == Some(openable)) {
        return None;
    }
    let parts: Vec<String> = keys
        .filter_map(|i| {
            let n = v.opens(i)?;
            (n > 0).then(|| format!("{} opens {n} of {total}", v.name(i)))
        })
        .collect();
    Some(
        Finding::new(
            id::KEY_MIXED,
            Severity::Critical,
            format!(
                "the encrypted values are under {} different keys at once: no single key opens them all",
                parts.len()
            ),
            "a rotation stopped halfway or two instances wrote with different keys; whichever key the product runs with, some secrets do not open",
            "re-encrypt everything under one key: `flowadmin secret-key rotate --old-key-file <each other key's file>` (it opens each value with whichever key fits)",
        )
        .items(parts),
    )
}
