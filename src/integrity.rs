//! Does a keyring open every encrypted value? Shared by `db check`,
//! `secret-key check`, rotation and recovery. Streams the database.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::crypto::{Cipher, Keyring, Readers};
use crate::error::Result;
use crate::storage::SecretSource;
use crate::storage::secrets::ValueRef;

pub use crate::crypto::OpenedBy;

/// Opens one value; `None` when the key does not fit. The plaintext is
/// dropped (and zeroed) at once.
pub fn opens(ring: &Keyring, cipher: Cipher, value: &str) -> Option<OpenedBy> {
    ring.open(cipher, value).map(|(by, _)| by)
}

#[derive(Debug, Default)]
pub struct Verification {
    /// Values Langflow's own check counts.
    pub total: usize,
    pub opened_by: BTreeMap<OpenedBy, usize>,
    pub failed: Vec<ValueRef>,
    /// Generic values left encrypted by Langflow 1.5-1.7 on a 1.8+ schema:
    /// not counted (as Langflow does not), listed for `variable repair`.
    pub legacy_generic: Vec<ValueRef>,
    /// Values that open, but only with some of the `cryptography` releases
    /// Langflow allows (a token not in `urlsafe_b64encode`'s form), and which.
    pub partial: Vec<(ValueRef, Readers)>,
    /// The releases that accept the key itself.
    pub key_readers: Readers,
}

impl Verification {
    /// Every value opens with the key under some supported release.
    pub fn all_open(&self) -> bool {
        self.failed.is_empty()
    }

    /// Every value opens with the key under every supported release: the
    /// only verdict a check may call clean.
    pub fn all_open_everywhere(&self) -> bool {
        self.all_open() && self.partial.is_empty() && self.key_readers.is_all()
    }
}

/// Checks every value of the database against `ring`. The counts are
/// atomics (every value passes through them, from every core); only the
/// rare failures and legacy values take a lock.
pub fn verify(ring: &Keyring, db: &dyn SecretSource) -> Result<Verification> {
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    const KINDS: [OpenedBy; 4] = [
        OpenedBy::Direct,
        OpenedBy::Sha256,
        OpenedBy::LegacyRandom,
        OpenedBy::SsoHkdf,
    ];
    let total = AtomicUsize::new(0);
    let by: [AtomicUsize; 4] = Default::default();
    let failed = Mutex::new(Vec::new());
    let legacy = Mutex::new(Vec::new());
    let partial = Mutex::new(Vec::new());
    db.visit_secrets(&|slot| {
        if slot.legacy_generic {
            legacy
                .lock()
                .expect("not poisoned")
                .push(ValueRef::of(slot));
            return;
        }
        total.fetch_add(1, Relaxed);
        match opens(ring, slot.cipher, slot.value) {
            Some(kind) => {
                let i = KINDS
                    .iter()
                    .position(|k| *k == kind)
                    .expect("every kind is listed");
                by[i].fetch_add(1, Relaxed);
                if slot.cipher == Cipher::Fernet && !crate::crypto::is_canonical_token(slot.value) {
                    let readers = crate::crypto::token_readers(slot.value);
                    if !readers.is_all() {
                        partial
                            .lock()
                            .expect("not poisoned")
                            .push((ValueRef::of(slot), readers));
                    }
                }
            }
            None => failed
                .lock()
                .expect("not poisoned")
                .push(ValueRef::of(slot)),
        }
    })?;
    let mut result = Verification {
        total: total.into_inner(),
        opened_by: KINDS
            .iter()
            .zip(by)
            .map(|(k, n)| (*k, n.into_inner()))
            .filter(|(_, n)| *n > 0)
            .collect(),
        failed: failed.into_inner().expect("not poisoned"),
        legacy_generic: legacy.into_inner().expect("not poisoned"),
        partial: partial.into_inner().expect("not poisoned"),
        key_readers: ring.readers(),
    };
    // Threads finish batches in any order; report in a stable one.
    result
        .failed
        .sort_by(|a, b| (&a.column, &a.row_id).cmp(&(&b.column, &b.row_id)));
    result
        .partial
        .sort_by(|a, b| (&a.0.column, &a.0.row_id).cmp(&(&b.0.column, &b.0.row_id)));
    Ok(result)
}

/// Where the supported `cryptography` releases disagree about the key or
/// the values (empty when every release reads all of them), one sentence each.
pub fn release_gaps(v: &Verification) -> Vec<String> {
    let mut gaps = Vec::new();
    if !v.key_readers.is_all() {
        gaps.push(format!(
            "the secret key is refused by {} (accepted by {}): a Langflow running with {} opens no secret",
            crate::crypto::join_labels(&v.key_readers.missing()),
            v.key_readers.describe(),
            crate::crypto::join_labels(&v.key_readers.missing()),
        ));
    }
    for (value, readers) in &v.partial {
        gaps.push(format!(
            "{} row {} opens only with {} ({} refuses its token's form)",
            value.column,
            value.describe_row(),
            readers.describe(),
            crate::crypto::join_labels(&readers.missing())
        ));
    }
    gaps
}

/// Whether `ring` opens every value, legacy Generic ones included.
pub fn opens_everything(ring: &Keyring, db: &dyn SecretSource) -> Result<bool> {
    let all = std::sync::atomic::AtomicBool::new(true);
    db.visit_secrets(&|slot| {
        if opens(ring, slot.cipher, slot.value).is_none() {
            all.store(false, std::sync::atomic::Ordering::Relaxed);
        }
    })?;
    Ok(all.into_inner())
}

/// How well a key fits a database, from a sample of its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    pub checked: usize,
    pub opened: usize,
}

impl Fit {
    /// Values exist and the key opens none of them: it is not this
    /// database's key, and anything written with it would not open.
    pub fn is_wrong_key(&self) -> bool {
        self.checked > 0 && self.opened == 0
    }
}

/// How many values to try before a write: the first rows of each column
/// (plus any `extra` values the caller knows are related, such as one
/// owner's variables). Cheap: a few dozen decryptions.
const FIT_SAMPLE: usize = 32;

pub fn key_fits<'a>(
    ring: &Keyring,
    db: &dyn SecretSource,
    extra: impl IntoIterator<Item = &'a str>,
) -> Result<Fit> {
    let mut fit = Fit {
        checked: 0,
        opened: 0,
    };
    let mut tally = |cipher: Cipher, value: &str| {
        fit.checked += 1;
        fit.opened += usize::from(opens(ring, cipher, value).is_some());
    };
    for (cipher, value) in db.sample_secrets(FIT_SAMPLE)? {
        tally(cipher, &value);
    }
    for value in extra {
        if crate::crypto::looks_encrypted(value) {
            tally(Cipher::Fernet, value);
        }
    }
    Ok(fit)
}

/// Whether a Flowfile master key belongs to this database, from a sample of
/// its values (as [`key_fits`] does for Langflow's key).
pub fn flowfile_key_fits(
    key: &crate::crypto::flowfile::MasterKey,
    db: &crate::storage::flowfile::FlowfileDb,
) -> Result<Fit> {
    let sample = db.sample_sealed(FIT_SAMPLE)?;
    Ok(Fit {
        checked: sample.len(),
        opened: sample.iter().filter(|v| key.open(v).is_some()).count(),
    })
}

/// Which of a Flowfile database's encrypted values a master key opens.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct FlowfileVerification {
    pub total: usize,
    pub open: usize,
    /// `table.column row N (name)` of each value that does not open.
    pub failed: Vec<String>,
}

impl FlowfileVerification {
    pub fn all_open(&self) -> bool {
        self.open == self.total
    }
}

/// Opens every `$ffsec$` value (and every `secrets` value) with `key`, by the
/// owner id inside each, as Flowfile does.
pub fn verify_flowfile(
    key: &crate::crypto::flowfile::MasterKey,
    db: &crate::storage::flowfile::FlowfileDb,
) -> Result<FlowfileVerification> {
    let (total, failed) =
        crate::storage::sealed::unopened(db, &|slot| key.open(slot.value).is_some())?;
    Ok(FlowfileVerification {
        total,
        open: total - failed.len(),
        failed,
    })
}

/// Which of several keys open which values: for each set of keys (a bit
/// per key, in the order given), how many values exactly that set opens.
/// An audit reads key drift from it without ever holding a plaintext.
#[derive(Debug, Default, Clone)]
pub struct KeyTally {
    /// Values counted (Langflow: as its own check counts them).
    pub total: usize,
    pub by_keys: BTreeMap<u64, usize>,
    /// Langflow only: Generic values left encrypted by 1.5-1.7 (not
    /// counted), the first [`TALLY_LISTED`] by column and row.
    pub legacy_generic: Vec<ValueRef>,
    /// How many of those in all.
    pub legacy_generic_count: usize,
    /// Langflow only: values some key opens whose token only some
    /// `cryptography` releases read (the first [`TALLY_LISTED`]), and which.
    pub release_gaps: Vec<(ValueRef, Readers)>,
    /// How many of those in all.
    pub release_gap_count: usize,
}

/// The most rows a tally lists: an audit of a large database keeps its
/// memory flat, and its counts stay exact.
pub const TALLY_LISTED: usize = 1_000;

/// The most keys one tally tries (a bit each).
pub const MAX_TALLY_KEYS: usize = 64;

impl KeyTally {
    /// Values key `i` opens.
    pub fn opened_by(&self, i: usize) -> usize {
        self.by_keys
            .iter()
            .filter(|(mask, _)| *mask & (1 << i) != 0)
            .map(|(_, n)| n)
            .sum()
    }

    /// Values key `i` opens and none of `others` does.
    pub fn only(&self, i: usize, others: u64) -> usize {
        self.by_keys
            .iter()
            .filter(|(mask, _)| *mask & (1 << i) != 0 && *mask & others & !(1 << i) == 0)
            .map(|(_, n)| n)
            .sum()
    }

    /// Values no key opens.
    pub fn unopened(&self) -> usize {
        self.by_keys.get(&0).copied().unwrap_or(0)
    }

    fn add(&mut self, mask: u64) {
        self.total += 1;
        *self.by_keys.entry(mask).or_default() += 1;
    }
}

fn mask_of(n: usize, opens: impl Fn(usize) -> bool) -> u64 {
    (0..n.min(MAX_TALLY_KEYS)).fold(0u64, |m, i| if opens(i) { m | (1 << i) } else { m })
}

/// Counts per set of keys, shared by every core: atomics when the sets are
/// few (up to 10 keys), else a lock.
struct MaskCounts {
    atomics: Vec<std::sync::atomic::AtomicUsize>,
    locked: Mutex<KeyTally>,
}

impl MaskCounts {
    fn new(keys: usize) -> MaskCounts {
        let atomics = if keys <= 10 {
            (0..1usize << keys).map(|_| Default::default()).collect()
        } else {
            Vec::new()
        };
        MaskCounts {
            atomics,
            locked: Mutex::new(KeyTally::default()),
        }
    }

    fn add(&self, mask: u64) {
        match self.atomics.get(mask as usize) {
            Some(n) => {
                n.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            None => self.locked.lock().expect("not poisoned").add(mask),
        }
    }

    fn into_tally(self) -> KeyTally {
        let mut t = self.locked.into_inner().expect("not poisoned");
        for (mask, n) in self.atomics.into_iter().enumerate() {
            let n = n.into_inner();
            if n > 0 {
                t.total += n;
                *t.by_keys.entry(mask as u64).or_default() += n;
            }
        }
        t
    }
}

/// Tries every Langflow keyring on every value of the database.
pub fn tally_langflow(rings: &[&Keyring], db: &dyn SecretSource) -> Result<KeyTally> {
    let counts = MaskCounts::new(rings.len());
    // The smallest TALLY_LISTED refs seen (a max-heap evicts the largest),
    // so the list does not depend on which thread saw a row first.
    let legacy = Mutex::new((std::collections::BinaryHeap::new(), 0usize));
    let gaps = Mutex::new((Vec::new(), 0usize));
    db.visit_secrets(&|slot| {
        if slot.legacy_generic {
            let mut guard = legacy.lock().expect("not poisoned");
            let (heap, count) = &mut *guard;
            *count += 1;
            heap.push(ValueRef::of(slot));
            if heap.len() > TALLY_LISTED {
                heap.pop();
            }
            return;
        }
        let mask = mask_of(rings.len(), |i| {
            opens(rings[i], slot.cipher, slot.value).is_some()
        });
        counts.add(mask);
        if mask != 0
            && slot.cipher == Cipher::Fernet
            && !crate::crypto::is_canonical_token(slot.value)
        {
            let readers = crate::crypto::token_readers(slot.value);
            if !readers.is_all() {
                let mut guard = gaps.lock().expect("not poisoned");
                guard.1 += 1;
                guard.0.push((ValueRef::of(slot), readers));
            }
        }
    })?;
    let mut t = counts.into_tally();
    let (mut gap_list, gap_count) = gaps.into_inner().expect("not poisoned");
    gap_list.sort_by(|a, b| a.0.cmp(&b.0));
    gap_list.truncate(TALLY_LISTED);
    t.release_gaps = gap_list;
    t.release_gap_count = gap_count;
    let (heap, count) = legacy.into_inner().expect("not poisoned");
    t.legacy_generic = heap.into_sorted_vec();
    t.legacy_generic_count = count;
    Ok(t)
}

/// Tries every Flowfile master key on every encrypted value of the database.
pub fn tally_flowfile(
    keys: &[&crate::crypto::flowfile::MasterKey],
    db: &crate::storage::flowfile::FlowfileDb,
) -> Result<KeyTally> {
    let counts = MaskCounts::new(keys.len());
    db.visit_sealed(&|slot| {
        counts.add(mask_of(keys.len(), |i| keys[i].open(slot.value).is_some()));
    })?;
    Ok(counts.into_tally())
}
