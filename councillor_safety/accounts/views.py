from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login

from councillor_safety.accounts import two_factor
from councillor_safety.accounts.forms import SignInForm, TokenForm
from councillor_safety.accounts.models import User
from councillor_safety.core.audit import audit_record

SESSION_NEXT = "after_sign_in"


def _safe_next(request: HttpRequest, candidate: str | None) -> str | None:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return None


@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated and two_factor.is_verified(request.user):
        return redirect("core:home")
    form = SignInForm(request, data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user: User = form.get_user()
        login(request, user)  # a new session id: the old one cannot be replayed
        request.session[SESSION_NEXT] = _safe_next(request, request.POST.get("next")) or ""
        if two_factor.has_confirmed_device(user):
            return redirect("accounts:verify")
        if user.requires_two_factor:
            return redirect("accounts:two_factor_setup")
        return redirect(request.session.pop(SESSION_NEXT, "") or "core:home")
    return render(
        request,
        "accounts/sign_in.html",
        {
            "form": form,
            "next": _safe_next(request, request.GET.get("next")) or "",
            "timed_out": request.GET.get("timed_out") == "1",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if two_factor.is_verified(user):
        return redirect("core:home")
    if not two_factor.has_confirmed_device(user):
        return redirect("accounts:two_factor_setup")
    form = TokenForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        device = two_factor.verify_token(user=user, token=form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            audit_record(
                actor=user, action="auth.two_factor_verified", council=user.council, target=user
            )
            return redirect(request.session.pop(SESSION_NEXT, "") or "core:home")
        audit_record(actor=user, action="auth.two_factor_failed", council=user.council, target=user)
        form.add_error(
            "token", "The security code is wrong or has already been used. Try the next code."
        )
    return render(request, "accounts/verify.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if two_factor.has_confirmed_device(user) and not two_factor.is_verified(user):
        return redirect("accounts:verify")
    if two_factor.has_confirmed_device(user):
        messages.info(request, "Two-factor authentication is already set up.")
        return redirect("accounts:account")
    device = two_factor.totp_device_pending(user=user)
    form = TokenForm(request.POST if request.method == "POST" else None)
    form.fields["token"].help_text = "The 6-digit code your authenticator app shows now."
    if request.method == "POST" and form.is_valid():
        if two_factor.totp_confirm(user=user, device=device, token=form.cleaned_data["token"]):
            otp_login(request, device)
            codes = two_factor.backup_codes_regenerate(user=user, acting_user=user)
            return render(
                request, "accounts/backup_codes.html", {"codes": codes, "first_time": True}
            )
        form.add_error(
            "token",
            "That code does not match. Check the time on your phone is right and try the new code.",
        )
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "qr_svg": two_factor.totp_qr_svg(device),
            "secret": two_factor.totp_secret_for_display(device),
        },
    )


@login_required
def account(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    return render(
        request,
        "accounts/account.html",
        {"has_two_factor": two_factor.has_confirmed_device(user)},
    )


@login_required
@require_POST
def backup_codes(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if not two_factor.has_confirmed_device(user):
        return redirect("accounts:two_factor_setup")
    codes = two_factor.backup_codes_regenerate(user=user, acting_user=user)
    return render(request, "accounts/backup_codes.html", {"codes": codes, "first_time": False})


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.success(request, "You have signed out.")
    return redirect("accounts:login")
