//! Everything that faces the person at the terminal: printing (human text,
//! JSON, quiet), prompts, the clipboard, the progress bar, and the context
//! that carries the terminal facts to every command.

pub mod clipboard;
pub mod context;
pub mod output;
pub mod progress;
pub mod prompt;
