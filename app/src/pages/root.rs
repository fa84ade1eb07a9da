//! `/`: setup on an empty installation, the console for a signed-in technician, otherwise
//! the public PIN page.

use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::auth::Landing;
use crate::auth::api::get_landing;
use crate::pages::customer::pin::PinPage;

/// The site root.
#[component]
pub fn RootPage() -> impl IntoView {
    let target = Resource::new_blocking(|| (), |_| get_landing());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match target.await {
                    Ok(Landing::Setup) => view! { <Redirect path="/setup" /> }.into_any(),
                    Ok(Landing::Console) => view! { <Redirect path="/console" /> }.into_any(),
                    _ => view! { <PinPage /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
